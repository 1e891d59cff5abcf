package io.gridcharge.ocpp.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.ActionDirection;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import org.junit.jupiter.api.Test;

class Ocpp16CatalogTest {
    private final Ocpp16Catalog catalog = Ocpp16Catalog.INSTANCE;

    @Test
    void findsAnActionByNameAndByItsRequestRecord() {
        ActionDefinition boot = catalog.find("BootNotification").orElseThrow();

        assertThat(boot.requestType()).isEqualTo(BootNotificationRequest.class);
        assertThat(boot.responseType()).isEqualTo(BootNotificationResponse.class);
        assertThat(boot.direction()).isEqualTo(ActionDirection.STATION_TO_CSMS);
        assertThat(catalog.findByRequestType(BootNotificationRequest.class)).contains(boot);
    }

    @Test
    void letsTheCsmsReceiveWhatStationsSend() {
        assertThat(catalog.inbound("StartTransaction", Role.CSMS).name()).isEqualTo("StartTransaction");
        assertThat(catalog.inbound("RemoteStartTransaction", Role.STATION).name()).isEqualTo("RemoteStartTransaction");
    }

    @Test
    void letsBothSidesReceiveDataTransfer() {
        assertThat(catalog.inbound("DataTransfer", Role.CSMS).name()).isEqualTo("DataTransfer");
        assertThat(catalog.inbound("DataTransfer", Role.STATION).name()).isEqualTo("DataTransfer");
    }

    @Test
    void refusesAnUnknownActionAsNotImplemented() {
        OcppCallException refused = catchThrowableOfType(OcppCallException.class,
                () -> catalog.inbound("BookParkingSpace", Role.CSMS));

        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_IMPLEMENTED);
    }

    @Test
    void refusesAnActionSentTheWrongWayAsNotSupported() {
        OcppCallException refused = catchThrowableOfType(OcppCallException.class,
                () -> catalog.inbound("RemoteStartTransaction", Role.CSMS));

        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
    }

    @Test
    void matchesActionNamesCaseSensitively() {
        assertThat(catalog.find("heartbeat")).isEmpty();
    }
}
