package io.gridcharge.ocpp.v201;

import static io.gridcharge.ocpp.v201.DataTypeSamples.AT;
import static io.gridcharge.ocpp.v201.DataTypeSamples.CUSTOM_DATA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.gridcharge.ocpp.v201.authorization.AuthorizeCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.authorization.AuthorizeRequest;
import io.gridcharge.ocpp.v201.authorization.AuthorizeResponse;
import io.gridcharge.ocpp.v201.authorization.ClearCacheRequest;
import io.gridcharge.ocpp.v201.authorization.ClearCacheResponse;
import io.gridcharge.ocpp.v201.authorization.ClearCacheStatusEnumType;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityResponse;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityStatusEnumType;
import io.gridcharge.ocpp.v201.availability.ConnectorStatusEnumType;
import io.gridcharge.ocpp.v201.availability.HeartbeatRequest;
import io.gridcharge.ocpp.v201.availability.HeartbeatResponse;
import io.gridcharge.ocpp.v201.availability.OperationalStatusEnumType;
import io.gridcharge.ocpp.v201.availability.StatusNotificationRequest;
import io.gridcharge.ocpp.v201.availability.StatusNotificationResponse;
import io.gridcharge.ocpp.v201.datatransfer.DataTransferRequest;
import io.gridcharge.ocpp.v201.datatransfer.DataTransferResponse;
import io.gridcharge.ocpp.v201.datatransfer.DataTransferStatusEnumType;
import io.gridcharge.ocpp.v201.diagnostics.ClearVariableMonitoringRequest;
import io.gridcharge.ocpp.v201.diagnostics.ClearVariableMonitoringResponse;
import io.gridcharge.ocpp.v201.diagnostics.CustomerInformationRequest;
import io.gridcharge.ocpp.v201.diagnostics.CustomerInformationResponse;
import io.gridcharge.ocpp.v201.diagnostics.CustomerInformationStatusEnumType;
import io.gridcharge.ocpp.v201.diagnostics.GetLogRequest;
import io.gridcharge.ocpp.v201.diagnostics.GetLogResponse;
import io.gridcharge.ocpp.v201.diagnostics.GetMonitoringReportRequest;
import io.gridcharge.ocpp.v201.diagnostics.GetMonitoringReportResponse;
import io.gridcharge.ocpp.v201.diagnostics.LogEnumType;
import io.gridcharge.ocpp.v201.diagnostics.LogStatusEnumType;
import io.gridcharge.ocpp.v201.diagnostics.LogStatusNotificationRequest;
import io.gridcharge.ocpp.v201.diagnostics.LogStatusNotificationResponse;
import io.gridcharge.ocpp.v201.diagnostics.MonitoringBaseEnumType;
import io.gridcharge.ocpp.v201.diagnostics.MonitoringCriterionEnumType;
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
import io.gridcharge.ocpp.v201.diagnostics.UploadLogStatusEnumType;
import io.gridcharge.ocpp.v201.display.ClearDisplayMessageRequest;
import io.gridcharge.ocpp.v201.display.ClearDisplayMessageResponse;
import io.gridcharge.ocpp.v201.display.ClearMessageStatusEnumType;
import io.gridcharge.ocpp.v201.display.DisplayMessageStatusEnumType;
import io.gridcharge.ocpp.v201.display.GetDisplayMessagesRequest;
import io.gridcharge.ocpp.v201.display.GetDisplayMessagesResponse;
import io.gridcharge.ocpp.v201.display.GetDisplayMessagesStatusEnumType;
import io.gridcharge.ocpp.v201.display.MessagePriorityEnumType;
import io.gridcharge.ocpp.v201.display.MessageStateEnumType;
import io.gridcharge.ocpp.v201.display.NotifyDisplayMessagesRequest;
import io.gridcharge.ocpp.v201.display.NotifyDisplayMessagesResponse;
import io.gridcharge.ocpp.v201.display.SetDisplayMessageRequest;
import io.gridcharge.ocpp.v201.display.SetDisplayMessageResponse;
import io.gridcharge.ocpp.v201.firmware.FirmwareStatusEnumType;
import io.gridcharge.ocpp.v201.firmware.FirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v201.firmware.FirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareRequest;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareResponse;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareStatusEnumType;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v201.firmware.UnpublishFirmwareRequest;
import io.gridcharge.ocpp.v201.firmware.UnpublishFirmwareResponse;
import io.gridcharge.ocpp.v201.firmware.UnpublishFirmwareStatusEnumType;
import io.gridcharge.ocpp.v201.firmware.UpdateFirmwareRequest;
import io.gridcharge.ocpp.v201.firmware.UpdateFirmwareResponse;
import io.gridcharge.ocpp.v201.firmware.UpdateFirmwareStatusEnumType;
import io.gridcharge.ocpp.v201.iso15118.CertificateActionEnumType;
import io.gridcharge.ocpp.v201.iso15118.DeleteCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.DeleteCertificateResponse;
import io.gridcharge.ocpp.v201.iso15118.DeleteCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.iso15118.Get15118EVCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.Get15118EVCertificateResponse;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateIdUseEnumType;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusRequest;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusResponse;
import io.gridcharge.ocpp.v201.iso15118.GetInstalledCertificateIdsRequest;
import io.gridcharge.ocpp.v201.iso15118.GetInstalledCertificateIdsResponse;
import io.gridcharge.ocpp.v201.iso15118.GetInstalledCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.iso15118.InstallCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.InstallCertificateResponse;
import io.gridcharge.ocpp.v201.iso15118.InstallCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.iso15118.InstallCertificateUseEnumType;
import io.gridcharge.ocpp.v201.iso15118.Iso15118EVCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.localauth.GetLocalListVersionRequest;
import io.gridcharge.ocpp.v201.localauth.GetLocalListVersionResponse;
import io.gridcharge.ocpp.v201.localauth.SendLocalListRequest;
import io.gridcharge.ocpp.v201.localauth.SendLocalListResponse;
import io.gridcharge.ocpp.v201.localauth.SendLocalListStatusEnumType;
import io.gridcharge.ocpp.v201.localauth.UpdateEnumType;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesRequest;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesResponse;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationResponse;
import io.gridcharge.ocpp.v201.provisioning.BootReasonEnumType;
import io.gridcharge.ocpp.v201.provisioning.ComponentCriterionEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetBaseReportRequest;
import io.gridcharge.ocpp.v201.provisioning.GetBaseReportResponse;
import io.gridcharge.ocpp.v201.provisioning.GetReportRequest;
import io.gridcharge.ocpp.v201.provisioning.GetReportResponse;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesResponse;
import io.gridcharge.ocpp.v201.provisioning.NotifyReportRequest;
import io.gridcharge.ocpp.v201.provisioning.NotifyReportResponse;
import io.gridcharge.ocpp.v201.provisioning.RegistrationStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.ReportBaseEnumType;
import io.gridcharge.ocpp.v201.provisioning.ResetEnumType;
import io.gridcharge.ocpp.v201.provisioning.ResetRequest;
import io.gridcharge.ocpp.v201.provisioning.ResetResponse;
import io.gridcharge.ocpp.v201.provisioning.ResetStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.SetNetworkProfileRequest;
import io.gridcharge.ocpp.v201.provisioning.SetNetworkProfileResponse;
import io.gridcharge.ocpp.v201.provisioning.SetNetworkProfileStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesResponse;
import io.gridcharge.ocpp.v201.remotecontrol.MessageTriggerEnumType;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartStopStatusEnumType;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartTransactionRequest;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartTransactionResponse;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStopTransactionRequest;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStopTransactionResponse;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageRequest;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageResponse;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageStatusEnumType;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockConnectorRequest;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockConnectorResponse;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockStatusEnumType;
import io.gridcharge.ocpp.v201.reservation.CancelReservationRequest;
import io.gridcharge.ocpp.v201.reservation.CancelReservationResponse;
import io.gridcharge.ocpp.v201.reservation.CancelReservationStatusEnumType;
import io.gridcharge.ocpp.v201.reservation.ConnectorEnumType;
import io.gridcharge.ocpp.v201.reservation.ReservationStatusUpdateRequest;
import io.gridcharge.ocpp.v201.reservation.ReservationStatusUpdateResponse;
import io.gridcharge.ocpp.v201.reservation.ReservationUpdateStatusEnumType;
import io.gridcharge.ocpp.v201.reservation.ReserveNowRequest;
import io.gridcharge.ocpp.v201.reservation.ReserveNowResponse;
import io.gridcharge.ocpp.v201.reservation.ReserveNowStatusEnumType;
import io.gridcharge.ocpp.v201.security.CertificateSignedRequest;
import io.gridcharge.ocpp.v201.security.CertificateSignedResponse;
import io.gridcharge.ocpp.v201.security.CertificateSignedStatusEnumType;
import io.gridcharge.ocpp.v201.security.CertificateSigningUseEnumType;
import io.gridcharge.ocpp.v201.security.SecurityEventNotificationRequest;
import io.gridcharge.ocpp.v201.security.SecurityEventNotificationResponse;
import io.gridcharge.ocpp.v201.security.SignCertificateRequest;
import io.gridcharge.ocpp.v201.security.SignCertificateResponse;
import io.gridcharge.ocpp.v201.smartcharging.ChargingLimitSourceEnumType;
import io.gridcharge.ocpp.v201.smartcharging.ChargingProfileStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileResponse;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.ClearedChargingLimitRequest;
import io.gridcharge.ocpp.v201.smartcharging.ClearedChargingLimitResponse;
import io.gridcharge.ocpp.v201.smartcharging.GetChargingProfileStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.GetChargingProfilesRequest;
import io.gridcharge.ocpp.v201.smartcharging.GetChargingProfilesResponse;
import io.gridcharge.ocpp.v201.smartcharging.GetCompositeScheduleRequest;
import io.gridcharge.ocpp.v201.smartcharging.GetCompositeScheduleResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyChargingLimitRequest;
import io.gridcharge.ocpp.v201.smartcharging.NotifyChargingLimitResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsStatusEnumType;
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
import io.gridcharge.ocpp.v201.transactions.TransactionEventEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionEventResponse;
import io.gridcharge.ocpp.v201.transactions.TriggerReasonEnumType;
import io.gridcharge.ocpp.v201.types.ChargingRateUnitEnumType;
import io.gridcharge.ocpp.v201.types.GenericDeviceModelStatusEnumType;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import java.math.BigDecimal;
import java.util.List;

/**
 * A fully populated request and response of every OCPP 2.0.1 action, found by name by
 * {@link io.gridcharge.ocpp.conformance.MessageSamples}: {@code bootNotificationRequest()},
 * {@code bootNotificationResponse()}. Every field the schema defines is set, so the schema check covers it.
 */
public final class Ocpp201Samples {
    /** DataTransfer's data may be any JSON value (P01); an object is the common case. */
    static final JsonNode VENDOR_DATA = JsonNodeFactory.instance.objectNode().put("meterSerial", "MX-1").put("pulses", 42);

    private Ocpp201Samples() {
    }

    public static AuthorizeRequest authorizeRequest() {
        return new AuthorizeRequest(
                DataTypeSamples.idTokenType(),
                "certificate-sample",
                List.of(DataTypeSamples.ocspRequestDataType()),
                CUSTOM_DATA);
    }

    public static AuthorizeResponse authorizeResponse() {
        return new AuthorizeResponse(
                DataTypeSamples.idTokenInfoType(),
                AuthorizeCertificateStatusEnumType.Accepted,
                CUSTOM_DATA);
    }

    public static BootNotificationRequest bootNotificationRequest() {
        return new BootNotificationRequest(
                DataTypeSamples.chargingStationType(),
                BootReasonEnumType.ApplicationReset,
                CUSTOM_DATA);
    }

    public static BootNotificationResponse bootNotificationResponse() {
        return new BootNotificationResponse(
                AT,
                1,
                RegistrationStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static CancelReservationRequest cancelReservationRequest() {
        return new CancelReservationRequest(1, CUSTOM_DATA);
    }

    public static CancelReservationResponse cancelReservationResponse() {
        return new CancelReservationResponse(
                CancelReservationStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static CertificateSignedRequest certificateSignedRequest() {
        return new CertificateSignedRequest(
                "certificateChain-sample",
                CertificateSigningUseEnumType.ChargingStationCertificate,
                CUSTOM_DATA);
    }

    public static CertificateSignedResponse certificateSignedResponse() {
        return new CertificateSignedResponse(
                CertificateSignedStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static ChangeAvailabilityRequest changeAvailabilityRequest() {
        return new ChangeAvailabilityRequest(
                DataTypeSamples.evseType(),
                OperationalStatusEnumType.Inoperative,
                CUSTOM_DATA);
    }

    public static ChangeAvailabilityResponse changeAvailabilityResponse() {
        return new ChangeAvailabilityResponse(
                ChangeAvailabilityStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static ClearCacheRequest clearCacheRequest() {
        return new ClearCacheRequest(CUSTOM_DATA);
    }

    public static ClearCacheResponse clearCacheResponse() {
        return new ClearCacheResponse(
                ClearCacheStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static ClearChargingProfileRequest clearChargingProfileRequest() {
        return new ClearChargingProfileRequest(1, DataTypeSamples.clearChargingProfileType(), CUSTOM_DATA);
    }

    public static ClearChargingProfileResponse clearChargingProfileResponse() {
        return new ClearChargingProfileResponse(
                ClearChargingProfileStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static ClearDisplayMessageRequest clearDisplayMessageRequest() {
        return new ClearDisplayMessageRequest(1, CUSTOM_DATA);
    }

    public static ClearDisplayMessageResponse clearDisplayMessageResponse() {
        return new ClearDisplayMessageResponse(
                ClearMessageStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static ClearVariableMonitoringRequest clearVariableMonitoringRequest() {
        return new ClearVariableMonitoringRequest(List.of(1), CUSTOM_DATA);
    }

    public static ClearVariableMonitoringResponse clearVariableMonitoringResponse() {
        return new ClearVariableMonitoringResponse(
                List.of(DataTypeSamples.clearMonitoringResultType()),
                CUSTOM_DATA);
    }

    public static ClearedChargingLimitRequest clearedChargingLimitRequest() {
        return new ClearedChargingLimitRequest(ChargingLimitSourceEnumType.EMS, 1, CUSTOM_DATA);
    }

    public static ClearedChargingLimitResponse clearedChargingLimitResponse() {
        return new ClearedChargingLimitResponse(CUSTOM_DATA);
    }

    public static CostUpdatedRequest costUpdatedRequest() {
        return new CostUpdatedRequest(new BigDecimal("11.5"), "transactionId-sample", CUSTOM_DATA);
    }

    public static CostUpdatedResponse costUpdatedResponse() {
        return new CostUpdatedResponse(CUSTOM_DATA);
    }

    public static CustomerInformationRequest customerInformationRequest() {
        return new CustomerInformationRequest(
                DataTypeSamples.certificateHashDataType(),
                DataTypeSamples.idTokenType(),
                1,
                true,
                true,
                "customerIdentifier-sample",
                CUSTOM_DATA);
    }

    public static CustomerInformationResponse customerInformationResponse() {
        return new CustomerInformationResponse(
                CustomerInformationStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static DataTransferRequest dataTransferRequest() {
        return new DataTransferRequest("messageId-sample", VENDOR_DATA, "io.gridcharge", CUSTOM_DATA);
    }

    public static DataTransferResponse dataTransferResponse() {
        return new DataTransferResponse(
                DataTransferStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                VENDOR_DATA,
                CUSTOM_DATA);
    }

    public static DeleteCertificateRequest deleteCertificateRequest() {
        return new DeleteCertificateRequest(DataTypeSamples.certificateHashDataType(), CUSTOM_DATA);
    }

    public static DeleteCertificateResponse deleteCertificateResponse() {
        return new DeleteCertificateResponse(
                DeleteCertificateStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static FirmwareStatusNotificationRequest firmwareStatusNotificationRequest() {
        return new FirmwareStatusNotificationRequest(FirmwareStatusEnumType.Downloaded, 1, CUSTOM_DATA);
    }

    public static FirmwareStatusNotificationResponse firmwareStatusNotificationResponse() {
        return new FirmwareStatusNotificationResponse(CUSTOM_DATA);
    }

    public static Get15118EVCertificateRequest get15118EVCertificateRequest() {
        return new Get15118EVCertificateRequest(
                "iso15118SchemaVersion-sample",
                CertificateActionEnumType.Install,
                "exiRequest-sample",
                CUSTOM_DATA);
    }

    public static Get15118EVCertificateResponse get15118EVCertificateResponse() {
        return new Get15118EVCertificateResponse(
                Iso15118EVCertificateStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                "exiResponse-sample",
                CUSTOM_DATA);
    }

    public static GetBaseReportRequest getBaseReportRequest() {
        return new GetBaseReportRequest(1, ReportBaseEnumType.ConfigurationInventory, CUSTOM_DATA);
    }

    public static GetBaseReportResponse getBaseReportResponse() {
        return new GetBaseReportResponse(
                GenericDeviceModelStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static GetCertificateStatusRequest getCertificateStatusRequest() {
        return new GetCertificateStatusRequest(DataTypeSamples.ocspRequestDataType(), CUSTOM_DATA);
    }

    public static GetCertificateStatusResponse getCertificateStatusResponse() {
        return new GetCertificateStatusResponse(
                GetCertificateStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                "ocspResult-sample",
                CUSTOM_DATA);
    }

    public static GetChargingProfilesRequest getChargingProfilesRequest() {
        return new GetChargingProfilesRequest(
                1,
                1,
                DataTypeSamples.chargingProfileCriterionType(),
                CUSTOM_DATA);
    }

    public static GetChargingProfilesResponse getChargingProfilesResponse() {
        return new GetChargingProfilesResponse(
                GetChargingProfileStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static GetCompositeScheduleRequest getCompositeScheduleRequest() {
        return new GetCompositeScheduleRequest(1, ChargingRateUnitEnumType.W, 1, CUSTOM_DATA);
    }

    public static GetCompositeScheduleResponse getCompositeScheduleResponse() {
        return new GetCompositeScheduleResponse(
                GenericStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                DataTypeSamples.compositeScheduleType(),
                CUSTOM_DATA);
    }

    public static GetDisplayMessagesRequest getDisplayMessagesRequest() {
        return new GetDisplayMessagesRequest(
                List.of(1),
                1,
                MessagePriorityEnumType.AlwaysFront,
                MessageStateEnumType.Charging,
                CUSTOM_DATA);
    }

    public static GetDisplayMessagesResponse getDisplayMessagesResponse() {
        return new GetDisplayMessagesResponse(
                GetDisplayMessagesStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static GetInstalledCertificateIdsRequest getInstalledCertificateIdsRequest() {
        return new GetInstalledCertificateIdsRequest(
                List.of(GetCertificateIdUseEnumType.V2GRootCertificate),
                CUSTOM_DATA);
    }

    public static GetInstalledCertificateIdsResponse getInstalledCertificateIdsResponse() {
        return new GetInstalledCertificateIdsResponse(
                GetInstalledCertificateStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                List.of(DataTypeSamples.certificateHashDataChainType()),
                CUSTOM_DATA);
    }

    public static GetLocalListVersionRequest getLocalListVersionRequest() {
        return new GetLocalListVersionRequest(CUSTOM_DATA);
    }

    public static GetLocalListVersionResponse getLocalListVersionResponse() {
        return new GetLocalListVersionResponse(1, CUSTOM_DATA);
    }

    public static GetLogRequest getLogRequest() {
        return new GetLogRequest(
                DataTypeSamples.logParametersType(),
                LogEnumType.DiagnosticsLog,
                1,
                1,
                1,
                CUSTOM_DATA);
    }

    public static GetLogResponse getLogResponse() {
        return new GetLogResponse(
                LogStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                "filename-sample",
                CUSTOM_DATA);
    }

    public static GetMonitoringReportRequest getMonitoringReportRequest() {
        return new GetMonitoringReportRequest(
                List.of(DataTypeSamples.componentVariableType()),
                1,
                List.of(MonitoringCriterionEnumType.ThresholdMonitoring),
                CUSTOM_DATA);
    }

    public static GetMonitoringReportResponse getMonitoringReportResponse() {
        return new GetMonitoringReportResponse(
                GenericDeviceModelStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static GetReportRequest getReportRequest() {
        return new GetReportRequest(
                List.of(DataTypeSamples.componentVariableType()),
                1,
                List.of(ComponentCriterionEnumType.Active),
                CUSTOM_DATA);
    }

    public static GetReportResponse getReportResponse() {
        return new GetReportResponse(
                GenericDeviceModelStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static GetTransactionStatusRequest getTransactionStatusRequest() {
        return new GetTransactionStatusRequest("transactionId-sample", CUSTOM_DATA);
    }

    public static GetTransactionStatusResponse getTransactionStatusResponse() {
        return new GetTransactionStatusResponse(true, true, CUSTOM_DATA);
    }

    public static GetVariablesRequest getVariablesRequest() {
        return new GetVariablesRequest(List.of(DataTypeSamples.getVariableDataType()), CUSTOM_DATA);
    }

    public static GetVariablesResponse getVariablesResponse() {
        return new GetVariablesResponse(List.of(DataTypeSamples.getVariableResultType()), CUSTOM_DATA);
    }

    public static HeartbeatRequest heartbeatRequest() {
        return new HeartbeatRequest(CUSTOM_DATA);
    }

    public static HeartbeatResponse heartbeatResponse() {
        return new HeartbeatResponse(AT, CUSTOM_DATA);
    }

    public static InstallCertificateRequest installCertificateRequest() {
        return new InstallCertificateRequest(
                InstallCertificateUseEnumType.V2GRootCertificate,
                "certificate-sample",
                CUSTOM_DATA);
    }

    public static InstallCertificateResponse installCertificateResponse() {
        return new InstallCertificateResponse(
                InstallCertificateStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static LogStatusNotificationRequest logStatusNotificationRequest() {
        return new LogStatusNotificationRequest(UploadLogStatusEnumType.BadMessage, 1, CUSTOM_DATA);
    }

    public static LogStatusNotificationResponse logStatusNotificationResponse() {
        return new LogStatusNotificationResponse(CUSTOM_DATA);
    }

    public static MeterValuesRequest meterValuesRequest() {
        return new MeterValuesRequest(1, List.of(DataTypeSamples.meterValueType()), CUSTOM_DATA);
    }

    public static MeterValuesResponse meterValuesResponse() {
        return new MeterValuesResponse(CUSTOM_DATA);
    }

    public static NotifyChargingLimitRequest notifyChargingLimitRequest() {
        return new NotifyChargingLimitRequest(
                List.of(DataTypeSamples.chargingScheduleType()),
                1,
                DataTypeSamples.chargingLimitType(),
                CUSTOM_DATA);
    }

    public static NotifyChargingLimitResponse notifyChargingLimitResponse() {
        return new NotifyChargingLimitResponse(CUSTOM_DATA);
    }

    public static NotifyCustomerInformationRequest notifyCustomerInformationRequest() {
        return new NotifyCustomerInformationRequest("data-sample", true, 1, AT, 1, CUSTOM_DATA);
    }

    public static NotifyCustomerInformationResponse notifyCustomerInformationResponse() {
        return new NotifyCustomerInformationResponse(CUSTOM_DATA);
    }

    public static NotifyDisplayMessagesRequest notifyDisplayMessagesRequest() {
        return new NotifyDisplayMessagesRequest(
                List.of(DataTypeSamples.messageInfoType()),
                1,
                true,
                CUSTOM_DATA);
    }

    public static NotifyDisplayMessagesResponse notifyDisplayMessagesResponse() {
        return new NotifyDisplayMessagesResponse(CUSTOM_DATA);
    }

    public static NotifyEVChargingNeedsRequest notifyEVChargingNeedsRequest() {
        return new NotifyEVChargingNeedsRequest(1, DataTypeSamples.chargingNeedsType(), 1, CUSTOM_DATA);
    }

    public static NotifyEVChargingNeedsResponse notifyEVChargingNeedsResponse() {
        return new NotifyEVChargingNeedsResponse(
                NotifyEVChargingNeedsStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static NotifyEVChargingScheduleRequest notifyEVChargingScheduleRequest() {
        return new NotifyEVChargingScheduleRequest(
                AT,
                DataTypeSamples.chargingScheduleType(),
                1,
                CUSTOM_DATA);
    }

    public static NotifyEVChargingScheduleResponse notifyEVChargingScheduleResponse() {
        return new NotifyEVChargingScheduleResponse(
                GenericStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static NotifyEventRequest notifyEventRequest() {
        return new NotifyEventRequest(AT, true, 1, List.of(DataTypeSamples.eventDataType()), CUSTOM_DATA);
    }

    public static NotifyEventResponse notifyEventResponse() {
        return new NotifyEventResponse(CUSTOM_DATA);
    }

    public static NotifyMonitoringReportRequest notifyMonitoringReportRequest() {
        return new NotifyMonitoringReportRequest(
                List.of(DataTypeSamples.monitoringDataType()),
                1,
                true,
                1,
                AT,
                CUSTOM_DATA);
    }

    public static NotifyMonitoringReportResponse notifyMonitoringReportResponse() {
        return new NotifyMonitoringReportResponse(CUSTOM_DATA);
    }

    public static NotifyReportRequest notifyReportRequest() {
        return new NotifyReportRequest(
                1,
                AT,
                List.of(DataTypeSamples.reportDataType()),
                true,
                1,
                CUSTOM_DATA);
    }

    public static NotifyReportResponse notifyReportResponse() {
        return new NotifyReportResponse(CUSTOM_DATA);
    }

    public static PublishFirmwareRequest publishFirmwareRequest() {
        return new PublishFirmwareRequest(
                "https://csms.example/fw.bin",
                1,
                "checksum-sample",
                1,
                1,
                CUSTOM_DATA);
    }

    public static PublishFirmwareResponse publishFirmwareResponse() {
        return new PublishFirmwareResponse(
                GenericStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static PublishFirmwareStatusNotificationRequest publishFirmwareStatusNotificationRequest() {
        return new PublishFirmwareStatusNotificationRequest(
                PublishFirmwareStatusEnumType.Idle,
                List.of("https://csms.example/fw.bin"),
                1,
                CUSTOM_DATA);
    }

    public static PublishFirmwareStatusNotificationResponse publishFirmwareStatusNotificationResponse() {
        return new PublishFirmwareStatusNotificationResponse(CUSTOM_DATA);
    }

    public static ReportChargingProfilesRequest reportChargingProfilesRequest() {
        return new ReportChargingProfilesRequest(
                1,
                ChargingLimitSourceEnumType.EMS,
                List.of(DataTypeSamples.chargingProfileType()),
                true,
                1,
                CUSTOM_DATA);
    }

    public static ReportChargingProfilesResponse reportChargingProfilesResponse() {
        return new ReportChargingProfilesResponse(CUSTOM_DATA);
    }

    public static RequestStartTransactionRequest requestStartTransactionRequest() {
        return new RequestStartTransactionRequest(
                1,
                DataTypeSamples.idTokenType(),
                DataTypeSamples.idTokenType(),
                1,
                DataTypeSamples.chargingProfileType(),
                CUSTOM_DATA);
    }

    public static RequestStartTransactionResponse requestStartTransactionResponse() {
        return new RequestStartTransactionResponse(
                RequestStartStopStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                "transactionId-sample",
                CUSTOM_DATA);
    }

    public static RequestStopTransactionRequest requestStopTransactionRequest() {
        return new RequestStopTransactionRequest("transactionId-sample", CUSTOM_DATA);
    }

    public static RequestStopTransactionResponse requestStopTransactionResponse() {
        return new RequestStopTransactionResponse(
                RequestStartStopStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static ReservationStatusUpdateRequest reservationStatusUpdateRequest() {
        return new ReservationStatusUpdateRequest(1, ReservationUpdateStatusEnumType.Expired, CUSTOM_DATA);
    }

    public static ReservationStatusUpdateResponse reservationStatusUpdateResponse() {
        return new ReservationStatusUpdateResponse(CUSTOM_DATA);
    }

    public static ReserveNowRequest reserveNowRequest() {
        return new ReserveNowRequest(
                1,
                AT,
                ConnectorEnumType.cCCS1,
                DataTypeSamples.idTokenType(),
                1,
                DataTypeSamples.idTokenType(),
                CUSTOM_DATA);
    }

    public static ReserveNowResponse reserveNowResponse() {
        return new ReserveNowResponse(
                ReserveNowStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static ResetRequest resetRequest() {
        return new ResetRequest(ResetEnumType.Immediate, 1, CUSTOM_DATA);
    }

    public static ResetResponse resetResponse() {
        return new ResetResponse(ResetStatusEnumType.Accepted, DataTypeSamples.statusInfoType(), CUSTOM_DATA);
    }

    public static SecurityEventNotificationRequest securityEventNotificationRequest() {
        return new SecurityEventNotificationRequest("type-sample", AT, "techInfo-sample", CUSTOM_DATA);
    }

    public static SecurityEventNotificationResponse securityEventNotificationResponse() {
        return new SecurityEventNotificationResponse(CUSTOM_DATA);
    }

    public static SendLocalListRequest sendLocalListRequest() {
        return new SendLocalListRequest(
                List.of(DataTypeSamples.authorizationData()),
                1,
                UpdateEnumType.Differential,
                CUSTOM_DATA);
    }

    public static SendLocalListResponse sendLocalListResponse() {
        return new SendLocalListResponse(
                SendLocalListStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static SetChargingProfileRequest setChargingProfileRequest() {
        return new SetChargingProfileRequest(1, DataTypeSamples.chargingProfileType(), CUSTOM_DATA);
    }

    public static SetChargingProfileResponse setChargingProfileResponse() {
        return new SetChargingProfileResponse(
                ChargingProfileStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static SetDisplayMessageRequest setDisplayMessageRequest() {
        return new SetDisplayMessageRequest(DataTypeSamples.messageInfoType(), CUSTOM_DATA);
    }

    public static SetDisplayMessageResponse setDisplayMessageResponse() {
        return new SetDisplayMessageResponse(
                DisplayMessageStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static SetMonitoringBaseRequest setMonitoringBaseRequest() {
        return new SetMonitoringBaseRequest(MonitoringBaseEnumType.All, CUSTOM_DATA);
    }

    public static SetMonitoringBaseResponse setMonitoringBaseResponse() {
        return new SetMonitoringBaseResponse(
                GenericDeviceModelStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static SetMonitoringLevelRequest setMonitoringLevelRequest() {
        return new SetMonitoringLevelRequest(1, CUSTOM_DATA);
    }

    public static SetMonitoringLevelResponse setMonitoringLevelResponse() {
        return new SetMonitoringLevelResponse(
                GenericStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static SetNetworkProfileRequest setNetworkProfileRequest() {
        return new SetNetworkProfileRequest(1, DataTypeSamples.networkConnectionProfileType(), CUSTOM_DATA);
    }

    public static SetNetworkProfileResponse setNetworkProfileResponse() {
        return new SetNetworkProfileResponse(
                SetNetworkProfileStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static SetVariableMonitoringRequest setVariableMonitoringRequest() {
        return new SetVariableMonitoringRequest(
                List.of(DataTypeSamples.setMonitoringDataType()),
                CUSTOM_DATA);
    }

    public static SetVariableMonitoringResponse setVariableMonitoringResponse() {
        return new SetVariableMonitoringResponse(
                List.of(DataTypeSamples.setMonitoringResultType()),
                CUSTOM_DATA);
    }

    public static SetVariablesRequest setVariablesRequest() {
        return new SetVariablesRequest(List.of(DataTypeSamples.setVariableDataType()), CUSTOM_DATA);
    }

    public static SetVariablesResponse setVariablesResponse() {
        return new SetVariablesResponse(List.of(DataTypeSamples.setVariableResultType()), CUSTOM_DATA);
    }

    public static SignCertificateRequest signCertificateRequest() {
        return new SignCertificateRequest(
                "csr-sample",
                CertificateSigningUseEnumType.ChargingStationCertificate,
                CUSTOM_DATA);
    }

    public static SignCertificateResponse signCertificateResponse() {
        return new SignCertificateResponse(
                GenericStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static StatusNotificationRequest statusNotificationRequest() {
        return new StatusNotificationRequest(AT, ConnectorStatusEnumType.Available, 1, 1, CUSTOM_DATA);
    }

    public static StatusNotificationResponse statusNotificationResponse() {
        return new StatusNotificationResponse(CUSTOM_DATA);
    }

    public static TransactionEventRequest transactionEventRequest() {
        return new TransactionEventRequest(
                TransactionEventEnumType.Ended,
                List.of(DataTypeSamples.meterValueType()),
                AT,
                TriggerReasonEnumType.Authorized,
                1,
                true,
                1,
                1,
                1,
                DataTypeSamples.transactionType(),
                DataTypeSamples.evseType(),
                DataTypeSamples.idTokenType(),
                CUSTOM_DATA);
    }

    public static TransactionEventResponse transactionEventResponse() {
        return new TransactionEventResponse(
                new BigDecimal("11.5"),
                1,
                DataTypeSamples.idTokenInfoType(),
                DataTypeSamples.messageContentType(),
                CUSTOM_DATA);
    }

    public static TriggerMessageRequest triggerMessageRequest() {
        return new TriggerMessageRequest(
                DataTypeSamples.evseType(),
                MessageTriggerEnumType.BootNotification,
                CUSTOM_DATA);
    }

    public static TriggerMessageResponse triggerMessageResponse() {
        return new TriggerMessageResponse(
                TriggerMessageStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static UnlockConnectorRequest unlockConnectorRequest() {
        return new UnlockConnectorRequest(1, 1, CUSTOM_DATA);
    }

    public static UnlockConnectorResponse unlockConnectorResponse() {
        return new UnlockConnectorResponse(
                UnlockStatusEnumType.Unlocked,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    public static UnpublishFirmwareRequest unpublishFirmwareRequest() {
        return new UnpublishFirmwareRequest("checksum-sample", CUSTOM_DATA);
    }

    public static UnpublishFirmwareResponse unpublishFirmwareResponse() {
        return new UnpublishFirmwareResponse(UnpublishFirmwareStatusEnumType.DownloadOngoing, CUSTOM_DATA);
    }

    public static UpdateFirmwareRequest updateFirmwareRequest() {
        return new UpdateFirmwareRequest(1, 1, 1, DataTypeSamples.firmwareType(), CUSTOM_DATA);
    }

    public static UpdateFirmwareResponse updateFirmwareResponse() {
        return new UpdateFirmwareResponse(
                UpdateFirmwareStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }
}
