package io.gridcharge.ocpp.v16;

import static io.gridcharge.ocpp.ActionDefinition.bothWays;
import static io.gridcharge.ocpp.ActionDefinition.csmsToStation;
import static io.gridcharge.ocpp.ActionDefinition.stationToCsms;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.ActionTable;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.v16.core.AuthorizeRequest;
import io.gridcharge.ocpp.v16.core.AuthorizeResponse;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v16.core.ChangeAvailabilityResponse;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationRequest;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationResponse;
import io.gridcharge.ocpp.v16.core.ClearCacheRequest;
import io.gridcharge.ocpp.v16.core.ClearCacheResponse;
import io.gridcharge.ocpp.v16.core.DataTransferRequest;
import io.gridcharge.ocpp.v16.core.DataTransferResponse;
import io.gridcharge.ocpp.v16.core.GetConfigurationRequest;
import io.gridcharge.ocpp.v16.core.GetConfigurationResponse;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.HeartbeatResponse;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.MeterValuesResponse;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionResponse;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionResponse;
import io.gridcharge.ocpp.v16.core.ResetRequest;
import io.gridcharge.ocpp.v16.core.ResetResponse;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StartTransactionResponse;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import io.gridcharge.ocpp.v16.core.StatusNotificationResponse;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionResponse;
import io.gridcharge.ocpp.v16.core.UnlockConnectorRequest;
import io.gridcharge.ocpp.v16.core.UnlockConnectorResponse;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The OCPP 1.6 actions, one row each, grouped by feature profile (OCPP 1.6 §3.3). */
public final class Ocpp16Catalog implements ActionCatalog {

    private static final List<ActionDefinition> ACTIONS = List.of(
            // Core (§4 station-initiated, §5 central-system-initiated)
            stationToCsms("Authorize", AuthorizeRequest.class, AuthorizeResponse.class),
            stationToCsms("BootNotification", BootNotificationRequest.class, BootNotificationResponse.class),
            csmsToStation("ChangeAvailability", ChangeAvailabilityRequest.class, ChangeAvailabilityResponse.class),
            csmsToStation("ChangeConfiguration", ChangeConfigurationRequest.class, ChangeConfigurationResponse.class),
            csmsToStation("ClearCache", ClearCacheRequest.class, ClearCacheResponse.class),
            bothWays("DataTransfer", DataTransferRequest.class, DataTransferResponse.class),
            csmsToStation("GetConfiguration", GetConfigurationRequest.class, GetConfigurationResponse.class),
            stationToCsms("Heartbeat", HeartbeatRequest.class, HeartbeatResponse.class),
            stationToCsms("MeterValues", MeterValuesRequest.class, MeterValuesResponse.class),
            csmsToStation("RemoteStartTransaction", RemoteStartTransactionRequest.class, RemoteStartTransactionResponse.class),
            csmsToStation("RemoteStopTransaction", RemoteStopTransactionRequest.class, RemoteStopTransactionResponse.class),
            csmsToStation("Reset", ResetRequest.class, ResetResponse.class),
            stationToCsms("StartTransaction", StartTransactionRequest.class, StartTransactionResponse.class),
            stationToCsms("StatusNotification", StatusNotificationRequest.class, StatusNotificationResponse.class),
            stationToCsms("StopTransaction", StopTransactionRequest.class, StopTransactionResponse.class),
            csmsToStation("UnlockConnector", UnlockConnectorRequest.class, UnlockConnectorResponse.class));

    /** Declared after ACTIONS, which it reads. */
    public static final Ocpp16Catalog INSTANCE = new Ocpp16Catalog();

    private final ActionTable table = new ActionTable(OcppVersion.V16, ACTIONS);

    private Ocpp16Catalog() {
    }

    @Override
    public OcppVersion version() {
        return table.version();
    }

    @Override
    public Optional<ActionDefinition> find(String action) {
        return table.find(action);
    }

    @Override
    public Optional<ActionDefinition> findByRequestType(Class<?> requestType) {
        return table.findByRequestType(requestType);
    }

    @Override
    public Collection<ActionDefinition> actions() {
        return table.actions();
    }
}
