package io.gridcharge.ocpp.v16.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FirmwareManagementMessagesTest {
    private static final String FIRMWARE = "https://firmware.gridcharge.example/acme/ac22-4.2.1.bin";

    @Test
    void leavesRetriesToTheStationWhenNotGiven() {
        UpdateFirmwareRequest update = new UpdateFirmwareRequest(FIRMWARE, null, Instant.EPOCH, null);

        assertThat(update.retries()).isNull();
        assertThat(update.retryInterval()).isNull();
    }

    @Test
    void refusesAFirmwareUpdateWithoutLocationOrRetrieveDate() {
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "location",
                () -> new UpdateFirmwareRequest(null, 3, Instant.EPOCH, 60));
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "retrieveDate",
                () -> new UpdateFirmwareRequest(FIRMWARE, 3, null, 60));
    }

    @Test
    void refusesADiagnosticsRequestWithoutUploadLocation() {
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "location",
                () -> new GetDiagnosticsRequest(null, null, null, null, null));
    }

    /** §6.26: a station with no diagnostics to send answers without a file name. */
    @Test
    void acceptsADiagnosticsAnswerWithoutFile() {
        assertThat(new GetDiagnosticsResponse(null).fileName()).isNull();
    }

    @Test
    void refusesADiagnosticsFileNameLongerThan255Characters() {
        assertViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "fileName",
                () -> new GetDiagnosticsResponse("d".repeat(256)));
    }

    @Test
    void refusesStatusNotificationsWithoutStatus() {
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "status",
                () -> new FirmwareStatusNotificationRequest(null));
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "status",
                () -> new DiagnosticsStatusNotificationRequest(null));
    }

    private static void assertViolation(ErrorCode code, String field, ThrowingCallable construction) {
        assertThatThrownBy(construction)
                .asInstanceOf(type(PayloadViolation.class))
                .returns(code, PayloadViolation::code)
                .returns(field, PayloadViolation::field);
    }
}
