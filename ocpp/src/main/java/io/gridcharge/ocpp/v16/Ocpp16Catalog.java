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
import io.gridcharge.ocpp.v16.firmware.DiagnosticsStatusNotificationRequest;
import io.gridcharge.ocpp.v16.firmware.DiagnosticsStatusNotificationResponse;
import io.gridcharge.ocpp.v16.firmware.FirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v16.firmware.FirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v16.firmware.GetDiagnosticsRequest;
import io.gridcharge.ocpp.v16.firmware.GetDiagnosticsResponse;
import io.gridcharge.ocpp.v16.firmware.UpdateFirmwareRequest;
import io.gridcharge.ocpp.v16.firmware.UpdateFirmwareResponse;
import io.gridcharge.ocpp.v16.localauth.GetLocalListVersionRequest;
import io.gridcharge.ocpp.v16.localauth.GetLocalListVersionResponse;
import io.gridcharge.ocpp.v16.localauth.SendLocalListRequest;
import io.gridcharge.ocpp.v16.localauth.SendLocalListResponse;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageRequest;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageResponse;
import io.gridcharge.ocpp.v16.reservation.CancelReservationRequest;
import io.gridcharge.ocpp.v16.reservation.CancelReservationResponse;
import io.gridcharge.ocpp.v16.reservation.ReserveNowRequest;
import io.gridcharge.ocpp.v16.reservation.ReserveNowResponse;
import io.gridcharge.ocpp.v16.security.CertificateSignedRequest;
import io.gridcharge.ocpp.v16.security.CertificateSignedResponse;
import io.gridcharge.ocpp.v16.security.DeleteCertificateRequest;
import io.gridcharge.ocpp.v16.security.DeleteCertificateResponse;
import io.gridcharge.ocpp.v16.security.ExtendedTriggerMessageRequest;
import io.gridcharge.ocpp.v16.security.ExtendedTriggerMessageResponse;
import io.gridcharge.ocpp.v16.security.GetInstalledCertificateIdsRequest;
import io.gridcharge.ocpp.v16.security.GetInstalledCertificateIdsResponse;
import io.gridcharge.ocpp.v16.security.GetLogRequest;
import io.gridcharge.ocpp.v16.security.GetLogResponse;
import io.gridcharge.ocpp.v16.security.InstallCertificateRequest;
import io.gridcharge.ocpp.v16.security.InstallCertificateResponse;
import io.gridcharge.ocpp.v16.security.LogStatusNotificationRequest;
import io.gridcharge.ocpp.v16.security.LogStatusNotificationResponse;
import io.gridcharge.ocpp.v16.security.SecurityEventNotificationRequest;
import io.gridcharge.ocpp.v16.security.SecurityEventNotificationResponse;
import io.gridcharge.ocpp.v16.security.SignCertificateRequest;
import io.gridcharge.ocpp.v16.security.SignCertificateResponse;
import io.gridcharge.ocpp.v16.security.SignedFirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v16.security.SignedFirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v16.security.SignedUpdateFirmwareRequest;
import io.gridcharge.ocpp.v16.security.SignedUpdateFirmwareResponse;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileResponse;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleRequest;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleResponse;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileResponse;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The OCPP 1.6 actions, one row each, grouped by feature profile (OCPP 1.6 §3.3), then the security extension. */
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
            csmsToStation("UnlockConnector", UnlockConnectorRequest.class, UnlockConnectorResponse.class),
            // Firmware Management
            stationToCsms("DiagnosticsStatusNotification",
                    DiagnosticsStatusNotificationRequest.class, DiagnosticsStatusNotificationResponse.class),
            stationToCsms("FirmwareStatusNotification",
                    FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationResponse.class),
            csmsToStation("GetDiagnostics", GetDiagnosticsRequest.class, GetDiagnosticsResponse.class),
            csmsToStation("UpdateFirmware", UpdateFirmwareRequest.class, UpdateFirmwareResponse.class),
            // Local Auth List Management
            csmsToStation("GetLocalListVersion", GetLocalListVersionRequest.class, GetLocalListVersionResponse.class),
            csmsToStation("SendLocalList", SendLocalListRequest.class, SendLocalListResponse.class),
            // Reservation
            csmsToStation("CancelReservation", CancelReservationRequest.class, CancelReservationResponse.class),
            csmsToStation("ReserveNow", ReserveNowRequest.class, ReserveNowResponse.class),
            // Smart Charging
            csmsToStation("ClearChargingProfile", ClearChargingProfileRequest.class, ClearChargingProfileResponse.class),
            csmsToStation("GetCompositeSchedule", GetCompositeScheduleRequest.class, GetCompositeScheduleResponse.class),
            csmsToStation("SetChargingProfile", SetChargingProfileRequest.class, SetChargingProfileResponse.class),
            // Remote Trigger
            csmsToStation("TriggerMessage", TriggerMessageRequest.class, TriggerMessageResponse.class),
            // Security extension (OCPP 1.6 Security Whitepaper, edition 3)
            csmsToStation("CertificateSigned", CertificateSignedRequest.class, CertificateSignedResponse.class),
            csmsToStation("DeleteCertificate", DeleteCertificateRequest.class, DeleteCertificateResponse.class),
            csmsToStation("ExtendedTriggerMessage",
                    ExtendedTriggerMessageRequest.class, ExtendedTriggerMessageResponse.class),
            csmsToStation("GetInstalledCertificateIds",
                    GetInstalledCertificateIdsRequest.class, GetInstalledCertificateIdsResponse.class),
            csmsToStation("GetLog", GetLogRequest.class, GetLogResponse.class),
            csmsToStation("InstallCertificate", InstallCertificateRequest.class, InstallCertificateResponse.class),
            stationToCsms("LogStatusNotification",
                    LogStatusNotificationRequest.class, LogStatusNotificationResponse.class),
            stationToCsms("SecurityEventNotification",
                    SecurityEventNotificationRequest.class, SecurityEventNotificationResponse.class),
            stationToCsms("SignCertificate", SignCertificateRequest.class, SignCertificateResponse.class),
            stationToCsms("SignedFirmwareStatusNotification",
                    SignedFirmwareStatusNotificationRequest.class, SignedFirmwareStatusNotificationResponse.class),
            csmsToStation("SignedUpdateFirmware", SignedUpdateFirmwareRequest.class, SignedUpdateFirmwareResponse.class));

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
