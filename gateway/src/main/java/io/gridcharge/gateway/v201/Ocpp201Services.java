package io.gridcharge.gateway.v201;

import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.charging.RecordMeterValues;
import io.gridcharge.domain.charging.RecordTransactionEvent;
import io.gridcharge.domain.devicemodel.RecordDeviceReport;
import io.gridcharge.domain.security.RecordSecurityEvent;
import io.gridcharge.domain.station.ConnectorStatusReport;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationBoot;

/**
 * The domain services the OCPP 2.0.1 adapter hands the stations' calls to: the same ones the 1.6 adapter
 * uses, plus the device model, the transaction events and the security events (A04, kept as 1.6's are). {@code stations} is read to learn a station's registration when it reconnects
 * without booting. Without {@code operations}, firmware, log and reservation notifications are only logged.
 */
public record Ocpp201Services(StationBoot boot, ConnectorStatusReport connectorStatus, AuthorizeToken authorize,
                              StationAdministration stations, RecordDeviceReport deviceReports,
                              RecordTransactionEvent transactionEvents, RecordMeterValues meterValues,
                              RecordSecurityEvent securityEvents, Ocpp201OperationServices operations) {
    public Ocpp201Services {
        if (boot == null || connectorStatus == null || authorize == null || stations == null
                || deviceReports == null || transactionEvents == null || meterValues == null || securityEvents == null) {
            throw new IllegalArgumentException("every OCPP 2.0.1 domain service is required");
        }
    }

    public Ocpp201Services(StationBoot boot, ConnectorStatusReport connectorStatus, AuthorizeToken authorize,
                           StationAdministration stations, RecordDeviceReport deviceReports,
                           RecordTransactionEvent transactionEvents, RecordMeterValues meterValues,
                           RecordSecurityEvent securityEvents) {
        this(boot, connectorStatus, authorize, stations, deviceReports, transactionEvents, meterValues, securityEvents,
                null);
    }
}
