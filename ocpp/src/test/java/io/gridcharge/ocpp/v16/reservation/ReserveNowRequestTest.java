package io.gridcharge.ocpp.v16.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReserveNowRequestTest {
    private static final Instant EXPIRY = Instant.parse("2025-03-01T18:30:00Z");
    private static final String TOO_LONG = "123456789012345678901";

    /** §6.37: connector 0 reserves whichever connector the driver picks. */
    @Test
    void acceptsAReservationForAnyConnector() {
        assertThat(new ReserveNowRequest(0, EXPIRY, "04A2B3C4D5E6F7", null, 1001).connectorId()).isZero();
    }

    @Test
    void refusesIdTagsLongerThanTwentyCharacters() {
        assertViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "idTag",
                () -> new ReserveNowRequest(1, EXPIRY, TOO_LONG, null, 1001));
        assertViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "parentIdTag",
                () -> new ReserveNowRequest(1, EXPIRY, "04A2B3C4D5E6F7", TOO_LONG, 1001));
    }

    @Test
    void refusesAReservationMissingARequiredField() {
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "connectorId",
                () -> new ReserveNowRequest(null, EXPIRY, "04A2B3C4D5E6F7", null, 1001));
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "expiryDate",
                () -> new ReserveNowRequest(1, null, "04A2B3C4D5E6F7", null, 1001));
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "idTag",
                () -> new ReserveNowRequest(1, EXPIRY, null, null, 1001));
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "reservationId",
                () -> new ReserveNowRequest(1, EXPIRY, "04A2B3C4D5E6F7", null, null));
    }

    @Test
    void refusesACancellationWithoutReservationId() {
        assertViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, "reservationId",
                () -> new CancelReservationRequest(null));
    }

    private static void assertViolation(ErrorCode code, String field, ThrowingCallable construction) {
        assertThatThrownBy(construction)
                .asInstanceOf(type(PayloadViolation.class))
                .returns(code, PayloadViolation::code)
                .returns(field, PayloadViolation::field);
    }
}
