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
 * uses, plus the device model, the transaction events, the security events (A04, kept as 1.6's are), what
 * stations report on smart charging and monitoring ({@code grid}, K and N) and their firmware, log and
 * reservation notifications ({@code operations}; without it those are only logged). {@code stations} is read to
 * learn a station's registration when it reconnects without booting.
 */
public record Ocpp201Services(StationBoot boot, ConnectorStatusReport connectorStatus, AuthorizeToken authorize,
                              StationAdministration stations, RecordDeviceReport deviceReports,
                              RecordTransactionEvent transactionEvents, RecordMeterValues meterValues,
                              RecordSecurityEvent securityEvents, Ocpp201GridServices grid,
                              Ocpp201OperationServices operations) {
    public Ocpp201Services {
        if (boot == null || connectorStatus == null || authorize == null || stations == null
                || deviceReports == null || transactionEvents == null || meterValues == null || securityEvents == null
                || grid == null) {
            throw new IllegalArgumentException("every OCPP 2.0.1 domain service is required");
        }
    }

    /** Without the firmware, log and reservation notifications ({@code operations}). */
    public Ocpp201Services(StationBoot boot, ConnectorStatusReport connectorStatus, AuthorizeToken authorize,
                           StationAdministration stations, RecordDeviceReport deviceReports,
                           RecordTransactionEvent transactionEvents, RecordMeterValues meterValues,
                           RecordSecurityEvent securityEvents, Ocpp201GridServices grid) {
        this(boot, connectorStatus, authorize, stations, deviceReports, transactionEvents, meterValues, securityEvents,
                grid, null);
    }
}
