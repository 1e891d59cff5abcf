package io.gridcharge.gateway.v16;

import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.charging.RecordMeterValues;
import io.gridcharge.domain.charging.StartTransaction;
import io.gridcharge.domain.charging.StopTransaction;
import io.gridcharge.domain.firmware.RecordTransferStatus;
import io.gridcharge.domain.station.ConnectorStatusReport;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationBoot;
import java.util.Map;

/**
 * The domain services the OCPP 1.6 adapter hands the stations' calls to. {@code stations} is read to learn
 * a station's registration when it reconnects without booting; {@code vendors} answer DataTransfer by
 * vendor id (none registered: every DataTransfer is answered UnknownVendorId, OCPP 1.6 §4.3); {@code transfers}
 * keeps FirmwareStatusNotification and DiagnosticsStatusNotification as each station's history.
 */
public record Ocpp16Services(StationBoot boot, ConnectorStatusReport connectorStatus, AuthorizeToken authorize,
                             StartTransaction startTransaction, StopTransaction stopTransaction,
                             RecordMeterValues meterValues, StationAdministration stations,
                             Map<String, VendorDataTransfer> vendors, RecordTransferStatus transfers) {
    public Ocpp16Services {
        if (boot == null || connectorStatus == null || authorize == null || startTransaction == null
                || stopTransaction == null || meterValues == null || stations == null) {
            throw new IllegalArgumentException("every OCPP 1.6 domain service is required");
        }
        vendors = vendors == null ? Map.of() : Map.copyOf(vendors);
    }

    /** Without a firmware context: firmware and diagnostics notifications are only logged and journaled. */
    public Ocpp16Services(StationBoot boot, ConnectorStatusReport connectorStatus, AuthorizeToken authorize,
                          StartTransaction startTransaction, StopTransaction stopTransaction,
                          RecordMeterValues meterValues, StationAdministration stations,
                          Map<String, VendorDataTransfer> vendors) {
        this(boot, connectorStatus, authorize, startTransaction, stopTransaction, meterValues, stations, vendors, null);
    }
}
