package io.gridcharge.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.ActionDirection;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionEventResponse;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class Ocpp201CatalogTest {
    /** The requests a station (or a local controller) starts, by the use cases of OCPP 2.0.1 Part 2; DataTransfer aside. */
    private static final Set<String> SENT_BY_STATIONS = Set.of(
            "Authorize", "BootNotification", "ClearedChargingLimit", "FirmwareStatusNotification",
            "Get15118EVCertificate", "GetCertificateStatus", "Heartbeat", "LogStatusNotification", "MeterValues",
            "NotifyChargingLimit", "NotifyCustomerInformation", "NotifyDisplayMessages", "NotifyEVChargingNeeds",
            "NotifyEVChargingSchedule", "NotifyEvent", "NotifyMonitoringReport", "NotifyReport",
            "PublishFirmwareStatusNotification", "ReportChargingProfiles", "ReservationStatusUpdate",
            "SecurityEventNotification", "SignCertificate", "StatusNotification", "TransactionEvent");

    private final ActionCatalog catalog = Ocpp201Catalog.INSTANCE;

    @Test
    void speaksOcpp201() {
        assertThat(catalog.version()).isEqualTo(OcppVersion.V201);
        assertThat(catalog.version().subprotocol()).isEqualTo("ocpp2.0.1");
    }

    @Test
    void findsTransactionEventByNameAndByItsRequestRecord() {
        ActionDefinition event = catalog.find("TransactionEvent").orElseThrow();

        assertThat(event.responseType()).isEqualTo(TransactionEventResponse.class);
        assertThat(event.direction()).isEqualTo(ActionDirection.STATION_TO_CSMS);
        assertThat(catalog.findByRequestType(TransactionEventRequest.class)).contains(event);
    }

    @Test
    void letsTheCsmsReceiveExactlyWhatStationsSendAndDataTransfer() {
        Set<String> receivedByCsms = new TreeSet<>();
        for (ActionDefinition action : catalog.actions()) {
            if (action.direction().isReceivedBy(Role.CSMS)) {
                receivedByCsms.add(action.name());
            }
        }
        Set<String> expected = new TreeSet<>(SENT_BY_STATIONS);
        expected.add("DataTransfer");

        assertThat(receivedByCsms).isEqualTo(expected);
        assertThat(catalog.find("DataTransfer").orElseThrow().direction()).isEqualTo(ActionDirection.BOTH);
    }

    @Test
    void refusesA16ActionAsNotImplemented() {
        OcppCallException refused = catchThrowableOfType(OcppCallException.class,
                () -> catalog.inbound("StartTransaction", Role.CSMS));

        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_IMPLEMENTED);
    }

    @Test
    void refusesARemoteStartSentByAStationAsNotSupported() {
        OcppCallException refused = catchThrowableOfType(OcppCallException.class,
                () -> catalog.inbound("RequestStartTransaction", Role.CSMS));

        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
    }
}
