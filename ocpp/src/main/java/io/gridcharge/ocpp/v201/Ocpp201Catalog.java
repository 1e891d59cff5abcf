package io.gridcharge.ocpp.v201;

import static io.gridcharge.ocpp.ActionDefinition.bothWays;
import static io.gridcharge.ocpp.ActionDefinition.csmsToStation;
import static io.gridcharge.ocpp.ActionDefinition.stationToCsms;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.ActionTable;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.v201.authorization.AuthorizeRequest;
import io.gridcharge.ocpp.v201.authorization.AuthorizeResponse;
import io.gridcharge.ocpp.v201.authorization.ClearCacheRequest;
import io.gridcharge.ocpp.v201.authorization.ClearCacheResponse;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityResponse;
import io.gridcharge.ocpp.v201.availability.HeartbeatRequest;
import io.gridcharge.ocpp.v201.availability.HeartbeatResponse;
import io.gridcharge.ocpp.v201.availability.StatusNotificationRequest;
import io.gridcharge.ocpp.v201.availability.StatusNotificationResponse;
import io.gridcharge.ocpp.v201.datatransfer.DataTransferRequest;
import io.gridcharge.ocpp.v201.datatransfer.DataTransferResponse;
import io.gridcharge.ocpp.v201.diagnostics.ClearVariableMonitoringRequest;
import io.gridcharge.ocpp.v201.diagnostics.ClearVariableMonitoringResponse;
import io.gridcharge.ocpp.v201.diagnostics.CustomerInformationRequest;
import io.gridcharge.ocpp.v201.diagnostics.CustomerInformationResponse;
import io.gridcharge.ocpp.v201.diagnostics.GetLogRequest;
import io.gridcharge.ocpp.v201.diagnostics.GetLogResponse;
import io.gridcharge.ocpp.v201.diagnostics.GetMonitoringReportRequest;
import io.gridcharge.ocpp.v201.diagnostics.GetMonitoringReportResponse;
import io.gridcharge.ocpp.v201.diagnostics.LogStatusNotificationRequest;
import io.gridcharge.ocpp.v201.diagnostics.LogStatusNotificationResponse;
import io.gridcharge.ocpp.v201.diagnostics.NotifyCustomerInformationRequest;
import io.gridcharge.ocpp.v201.diagnostics.NotifyCustomerInformationResponse;
import io.gridcharge.ocpp.v201.diagnostics.NotifyEventRequest;
import io.gridcharge.ocpp.v201.diagnostics.NotifyEventResponse;
import io.gridcharge.ocpp.v201.diagnostics.NotifyMonitoringReportRequest;
import io.gridcharge.ocpp.v201.diagnostics.NotifyMonitoringReportResponse;
import io.gridcharge.ocpp.v201.diagnostics.SetMonitoringBaseRequest;
import io.gridcharge.ocpp.v201.diagnostics.SetMonitoringBaseResponse;
import io.gridcharge.ocpp.v201.diagnostics.SetMonitoringLevelRequest;
import io.gridcharge.ocpp.v201.diagnostics.SetMonitoringLevelResponse;
import io.gridcharge.ocpp.v201.diagnostics.SetVariableMonitoringRequest;
import io.gridcharge.ocpp.v201.diagnostics.SetVariableMonitoringResponse;
import io.gridcharge.ocpp.v201.display.ClearDisplayMessageRequest;
import io.gridcharge.ocpp.v201.display.ClearDisplayMessageResponse;
import io.gridcharge.ocpp.v201.display.GetDisplayMessagesRequest;
import io.gridcharge.ocpp.v201.display.GetDisplayMessagesResponse;
import io.gridcharge.ocpp.v201.display.NotifyDisplayMessagesRequest;
import io.gridcharge.ocpp.v201.display.NotifyDisplayMessagesResponse;
import io.gridcharge.ocpp.v201.display.SetDisplayMessageRequest;
import io.gridcharge.ocpp.v201.display.SetDisplayMessageResponse;
import io.gridcharge.ocpp.v201.firmware.FirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v201.firmware.FirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareRequest;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareResponse;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v201.firmware.UnpublishFirmwareRequest;
import io.gridcharge.ocpp.v201.firmware.UnpublishFirmwareResponse;
import io.gridcharge.ocpp.v201.firmware.UpdateFirmwareRequest;
import io.gridcharge.ocpp.v201.firmware.UpdateFirmwareResponse;
import io.gridcharge.ocpp.v201.iso15118.DeleteCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.DeleteCertificateResponse;
import io.gridcharge.ocpp.v201.iso15118.Get15118EVCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.Get15118EVCertificateResponse;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusRequest;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusResponse;
import io.gridcharge.ocpp.v201.iso15118.GetInstalledCertificateIdsRequest;
import io.gridcharge.ocpp.v201.iso15118.GetInstalledCertificateIdsResponse;
import io.gridcharge.ocpp.v201.iso15118.InstallCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.InstallCertificateResponse;
import io.gridcharge.ocpp.v201.localauth.GetLocalListVersionRequest;
import io.gridcharge.ocpp.v201.localauth.GetLocalListVersionResponse;
import io.gridcharge.ocpp.v201.localauth.SendLocalListRequest;
import io.gridcharge.ocpp.v201.localauth.SendLocalListResponse;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesRequest;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesResponse;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationResponse;
import io.gridcharge.ocpp.v201.provisioning.GetBaseReportRequest;
import io.gridcharge.ocpp.v201.provisioning.GetBaseReportResponse;
import io.gridcharge.ocpp.v201.provisioning.GetReportRequest;
import io.gridcharge.ocpp.v201.provisioning.GetReportResponse;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesResponse;
import io.gridcharge.ocpp.v201.provisioning.NotifyReportRequest;
import io.gridcharge.ocpp.v201.provisioning.NotifyReportResponse;
import io.gridcharge.ocpp.v201.provisioning.ResetRequest;
import io.gridcharge.ocpp.v201.provisioning.ResetResponse;
import io.gridcharge.ocpp.v201.provisioning.SetNetworkProfileRequest;
import io.gridcharge.ocpp.v201.provisioning.SetNetworkProfileResponse;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesResponse;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartTransactionRequest;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartTransactionResponse;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStopTransactionRequest;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStopTransactionResponse;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageRequest;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageResponse;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockConnectorRequest;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockConnectorResponse;
import io.gridcharge.ocpp.v201.reservation.CancelReservationRequest;
import io.gridcharge.ocpp.v201.reservation.CancelReservationResponse;
import io.gridcharge.ocpp.v201.reservation.ReservationStatusUpdateRequest;
import io.gridcharge.ocpp.v201.reservation.ReservationStatusUpdateResponse;
import io.gridcharge.ocpp.v201.reservation.ReserveNowRequest;
import io.gridcharge.ocpp.v201.reservation.ReserveNowResponse;
import io.gridcharge.ocpp.v201.security.CertificateSignedRequest;
import io.gridcharge.ocpp.v201.security.CertificateSignedResponse;
import io.gridcharge.ocpp.v201.security.SecurityEventNotificationRequest;
import io.gridcharge.ocpp.v201.security.SecurityEventNotificationResponse;
import io.gridcharge.ocpp.v201.security.SignCertificateRequest;
import io.gridcharge.ocpp.v201.security.SignCertificateResponse;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileResponse;
import io.gridcharge.ocpp.v201.smartcharging.ClearedChargingLimitRequest;
import io.gridcharge.ocpp.v201.smartcharging.ClearedChargingLimitResponse;
import io.gridcharge.ocpp.v201.smartcharging.GetChargingProfilesRequest;
import io.gridcharge.ocpp.v201.smartcharging.GetChargingProfilesResponse;
import io.gridcharge.ocpp.v201.smartcharging.GetCompositeScheduleRequest;
import io.gridcharge.ocpp.v201.smartcharging.GetCompositeScheduleResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyChargingLimitRequest;
import io.gridcharge.ocpp.v201.smartcharging.NotifyChargingLimitResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingScheduleRequest;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingScheduleResponse;
import io.gridcharge.ocpp.v201.smartcharging.ReportChargingProfilesRequest;
import io.gridcharge.ocpp.v201.smartcharging.ReportChargingProfilesResponse;
import io.gridcharge.ocpp.v201.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.v201.smartcharging.SetChargingProfileResponse;
import io.gridcharge.ocpp.v201.tariffcost.CostUpdatedRequest;
import io.gridcharge.ocpp.v201.tariffcost.CostUpdatedResponse;
import io.gridcharge.ocpp.v201.transactions.GetTransactionStatusRequest;
import io.gridcharge.ocpp.v201.transactions.GetTransactionStatusResponse;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionEventResponse;
import java.util.List;

/**
 * The OCPP 2.0.1 actions, one row each, grouped by the functional blocks A to P of OCPP 2.0.1 Part 2. Who sends
 * a request follows the spec's use cases; PublishFirmware and UnpublishFirmware go to a local controller, which
 * answers as a station does. DataTransfer is the one action either side may start (P01, P02). The table
 * itself is an {@link ActionTable}; this class only names its rows.
 */
public final class Ocpp201Catalog {

    private static final List<ActionDefinition> ACTIONS = List.of(
            // A Security
            csmsToStation("CertificateSigned", CertificateSignedRequest.class, CertificateSignedResponse.class),
            stationToCsms("SecurityEventNotification",
                    SecurityEventNotificationRequest.class, SecurityEventNotificationResponse.class),
            stationToCsms("SignCertificate", SignCertificateRequest.class, SignCertificateResponse.class),
            // B Provisioning
            stationToCsms("BootNotification", BootNotificationRequest.class, BootNotificationResponse.class),
            csmsToStation("GetBaseReport", GetBaseReportRequest.class, GetBaseReportResponse.class),
            csmsToStation("GetReport", GetReportRequest.class, GetReportResponse.class),
            csmsToStation("GetVariables", GetVariablesRequest.class, GetVariablesResponse.class),
            stationToCsms("NotifyReport", NotifyReportRequest.class, NotifyReportResponse.class),
            csmsToStation("Reset", ResetRequest.class, ResetResponse.class),
            csmsToStation("SetNetworkProfile", SetNetworkProfileRequest.class, SetNetworkProfileResponse.class),
            csmsToStation("SetVariables", SetVariablesRequest.class, SetVariablesResponse.class),
            // C Authorization
            stationToCsms("Authorize", AuthorizeRequest.class, AuthorizeResponse.class),
            csmsToStation("ClearCache", ClearCacheRequest.class, ClearCacheResponse.class),
            // D Local authorization list management
            csmsToStation("GetLocalListVersion", GetLocalListVersionRequest.class, GetLocalListVersionResponse.class),
            csmsToStation("SendLocalList", SendLocalListRequest.class, SendLocalListResponse.class),
            // E Transactions
            csmsToStation("GetTransactionStatus",
                    GetTransactionStatusRequest.class, GetTransactionStatusResponse.class),
            stationToCsms("TransactionEvent", TransactionEventRequest.class, TransactionEventResponse.class),
            // F Remote control
            csmsToStation("RequestStartTransaction",
                    RequestStartTransactionRequest.class, RequestStartTransactionResponse.class),
            csmsToStation("RequestStopTransaction",
                    RequestStopTransactionRequest.class, RequestStopTransactionResponse.class),
            csmsToStation("TriggerMessage", TriggerMessageRequest.class, TriggerMessageResponse.class),
            csmsToStation("UnlockConnector", UnlockConnectorRequest.class, UnlockConnectorResponse.class),
            // G Availability
            csmsToStation("ChangeAvailability", ChangeAvailabilityRequest.class, ChangeAvailabilityResponse.class),
            stationToCsms("Heartbeat", HeartbeatRequest.class, HeartbeatResponse.class),
            stationToCsms("StatusNotification", StatusNotificationRequest.class, StatusNotificationResponse.class),
            // H Reservation
            csmsToStation("CancelReservation", CancelReservationRequest.class, CancelReservationResponse.class),
            stationToCsms("ReservationStatusUpdate",
                    ReservationStatusUpdateRequest.class, ReservationStatusUpdateResponse.class),
            csmsToStation("ReserveNow", ReserveNowRequest.class, ReserveNowResponse.class),
            // I Tariff and cost
            csmsToStation("CostUpdated", CostUpdatedRequest.class, CostUpdatedResponse.class),
            // J Meter values
            stationToCsms("MeterValues", MeterValuesRequest.class, MeterValuesResponse.class),
            // K Smart charging
            csmsToStation("ClearChargingProfile",
                    ClearChargingProfileRequest.class, ClearChargingProfileResponse.class),
            stationToCsms("ClearedChargingLimit",
                    ClearedChargingLimitRequest.class, ClearedChargingLimitResponse.class),
            csmsToStation("GetChargingProfiles", GetChargingProfilesRequest.class, GetChargingProfilesResponse.class),
            csmsToStation("GetCompositeSchedule",
                    GetCompositeScheduleRequest.class, GetCompositeScheduleResponse.class),
            stationToCsms("NotifyChargingLimit", NotifyChargingLimitRequest.class, NotifyChargingLimitResponse.class),
            stationToCsms("NotifyEVChargingNeeds",
                    NotifyEVChargingNeedsRequest.class, NotifyEVChargingNeedsResponse.class),
            stationToCsms("NotifyEVChargingSchedule",
                    NotifyEVChargingScheduleRequest.class, NotifyEVChargingScheduleResponse.class),
            stationToCsms("ReportChargingProfiles",
                    ReportChargingProfilesRequest.class, ReportChargingProfilesResponse.class),
            csmsToStation("SetChargingProfile", SetChargingProfileRequest.class, SetChargingProfileResponse.class),
            // L Firmware management
            stationToCsms("FirmwareStatusNotification",
                    FirmwareStatusNotificationRequest.class, FirmwareStatusNotificationResponse.class),
            csmsToStation("PublishFirmware", PublishFirmwareRequest.class, PublishFirmwareResponse.class),
            stationToCsms("PublishFirmwareStatusNotification",
                    PublishFirmwareStatusNotificationRequest.class, PublishFirmwareStatusNotificationResponse.class),
            csmsToStation("UnpublishFirmware", UnpublishFirmwareRequest.class, UnpublishFirmwareResponse.class),
            csmsToStation("UpdateFirmware", UpdateFirmwareRequest.class, UpdateFirmwareResponse.class),
            // M ISO 15118 certificate management
            csmsToStation("DeleteCertificate", DeleteCertificateRequest.class, DeleteCertificateResponse.class),
            stationToCsms("Get15118EVCertificate",
                    Get15118EVCertificateRequest.class, Get15118EVCertificateResponse.class),
            stationToCsms("GetCertificateStatus",
                    GetCertificateStatusRequest.class, GetCertificateStatusResponse.class),
            csmsToStation("GetInstalledCertificateIds",
                    GetInstalledCertificateIdsRequest.class, GetInstalledCertificateIdsResponse.class),
            csmsToStation("InstallCertificate", InstallCertificateRequest.class, InstallCertificateResponse.class),
            // N Diagnostics
            csmsToStation("ClearVariableMonitoring",
                    ClearVariableMonitoringRequest.class, ClearVariableMonitoringResponse.class),
            csmsToStation("CustomerInformation", CustomerInformationRequest.class, CustomerInformationResponse.class),
            csmsToStation("GetLog", GetLogRequest.class, GetLogResponse.class),
            csmsToStation("GetMonitoringReport", GetMonitoringReportRequest.class, GetMonitoringReportResponse.class),
            stationToCsms("LogStatusNotification",
                    LogStatusNotificationRequest.class, LogStatusNotificationResponse.class),
            stationToCsms("NotifyCustomerInformation",
                    NotifyCustomerInformationRequest.class, NotifyCustomerInformationResponse.class),
            stationToCsms("NotifyEvent", NotifyEventRequest.class, NotifyEventResponse.class),
            stationToCsms("NotifyMonitoringReport",
                    NotifyMonitoringReportRequest.class, NotifyMonitoringReportResponse.class),
            csmsToStation("SetMonitoringBase", SetMonitoringBaseRequest.class, SetMonitoringBaseResponse.class),
            csmsToStation("SetMonitoringLevel", SetMonitoringLevelRequest.class, SetMonitoringLevelResponse.class),
            csmsToStation("SetVariableMonitoring",
                    SetVariableMonitoringRequest.class, SetVariableMonitoringResponse.class),
            // O Display message
            csmsToStation("ClearDisplayMessage", ClearDisplayMessageRequest.class, ClearDisplayMessageResponse.class),
            csmsToStation("GetDisplayMessages", GetDisplayMessagesRequest.class, GetDisplayMessagesResponse.class),
            stationToCsms("NotifyDisplayMessages",
                    NotifyDisplayMessagesRequest.class, NotifyDisplayMessagesResponse.class),
            csmsToStation("SetDisplayMessage", SetDisplayMessageRequest.class, SetDisplayMessageResponse.class),
            // P Data transfer
            bothWays("DataTransfer", DataTransferRequest.class, DataTransferResponse.class));

    /** Declared after ACTIONS, which it reads. */
    public static final ActionCatalog INSTANCE = new ActionTable(OcppVersion.V201, ACTIONS);

    private Ocpp201Catalog() {
    }
}
