package io.gridcharge.ocpp.v16;

import io.gridcharge.ocpp.v16.firmware.DiagnosticsStatus;
import io.gridcharge.ocpp.v16.firmware.DiagnosticsStatusNotificationRequest;
import io.gridcharge.ocpp.v16.firmware.DiagnosticsStatusNotificationResponse;
import io.gridcharge.ocpp.v16.firmware.FirmwareStatus;
import io.gridcharge.ocpp.v16.firmware.FirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v16.firmware.FirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v16.firmware.GetDiagnosticsRequest;
import io.gridcharge.ocpp.v16.firmware.GetDiagnosticsResponse;
import io.gridcharge.ocpp.v16.firmware.UpdateFirmwareRequest;
import io.gridcharge.ocpp.v16.firmware.UpdateFirmwareResponse;
import io.gridcharge.ocpp.v16.localauth.AuthorizationData;
import io.gridcharge.ocpp.v16.localauth.GetLocalListVersionRequest;
import io.gridcharge.ocpp.v16.localauth.GetLocalListVersionResponse;
import io.gridcharge.ocpp.v16.localauth.SendLocalListRequest;
import io.gridcharge.ocpp.v16.localauth.SendLocalListResponse;
import io.gridcharge.ocpp.v16.localauth.UpdateStatus;
import io.gridcharge.ocpp.v16.localauth.UpdateType;
import io.gridcharge.ocpp.v16.remotetrigger.MessageTrigger;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageRequest;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageResponse;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageStatus;
import io.gridcharge.ocpp.v16.reservation.CancelReservationRequest;
import io.gridcharge.ocpp.v16.reservation.CancelReservationResponse;
import io.gridcharge.ocpp.v16.reservation.CancelReservationStatus;
import io.gridcharge.ocpp.v16.reservation.ReservationStatus;
import io.gridcharge.ocpp.v16.reservation.ReserveNowRequest;
import io.gridcharge.ocpp.v16.reservation.ReserveNowResponse;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfile;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileKindType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfilePurposeType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileStatus;
import io.gridcharge.ocpp.v16.smartcharging.ChargingRateUnitType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedule;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedulePeriod;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileResponse;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileStatus;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleRequest;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleResponse;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleStatus;
import io.gridcharge.ocpp.v16.smartcharging.RecurrencyKindType;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileResponse;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import io.gridcharge.ocpp.v16.types.IdTagInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A realistic, fully populated instance of every request and response of the Smart Charging, Firmware
 * Management, Local Auth List Management, Reservation and Remote Trigger profiles: every optional field is
 * set, so a schema check of the samples covers every field.
 */
public final class ProfileSamples {
    private static final Instant MIDNIGHT = Instant.parse("2025-03-01T00:00:00Z");

    private ProfileSamples() {
    }

    // Smart Charging

    /** A fleet car's transaction limited to 16 A during the day, every day, for as long as it stays plugged in. */
    public static SetChargingProfileRequest setChargingProfileRequest() {
        ChargingSchedule dailyLimits = new ChargingSchedule(86_400, MIDNIGHT, ChargingRateUnitType.A, List.of(
                new ChargingSchedulePeriod(0, new BigDecimal("32.0"), 3),
                new ChargingSchedulePeriod(25_200, new BigDecimal("16.0"), 3),
                new ChargingSchedulePeriod(79_200, new BigDecimal("32.0"), 3)),
                new BigDecimal("6.0"));
        ChargingProfile profile = new ChargingProfile(42, 1234, 1, ChargingProfilePurposeType.TxProfile,
                ChargingProfileKindType.Recurring, RecurrencyKindType.Daily,
                MIDNIGHT, Instant.parse("2025-03-08T00:00:00Z"), dailyLimits);
        return new SetChargingProfileRequest(1, profile);
    }

    public static SetChargingProfileResponse setChargingProfileResponse() {
        return new SetChargingProfileResponse(ChargingProfileStatus.Accepted);
    }

    public static ClearChargingProfileRequest clearChargingProfileRequest() {
        return new ClearChargingProfileRequest(42, 1, ChargingProfilePurposeType.TxDefaultProfile, 0);
    }

    public static ClearChargingProfileResponse clearChargingProfileResponse() {
        return new ClearChargingProfileResponse(ClearChargingProfileStatus.Accepted);
    }

    public static GetCompositeScheduleRequest getCompositeScheduleRequest() {
        return new GetCompositeScheduleRequest(1, 3_600, ChargingRateUnitType.W);
    }

    public static GetCompositeScheduleResponse getCompositeScheduleResponse() {
        Instant start = Instant.parse("2025-03-01T14:00:00Z");
        ChargingSchedule nextHour = new ChargingSchedule(3_600, start, ChargingRateUnitType.W, List.of(
                new ChargingSchedulePeriod(0, new BigDecimal("11000.0"), 3),
                new ChargingSchedulePeriod(1_800, new BigDecimal("7400.0"), 1)),
                new BigDecimal("1380.0"));
        return new GetCompositeScheduleResponse(GetCompositeScheduleStatus.Accepted, 1, start, nextHour);
    }

    // Firmware Management

    public static UpdateFirmwareRequest updateFirmwareRequest() {
        return new UpdateFirmwareRequest("https://firmware.gridcharge.example/acme/ac22-4.2.1.bin", 3,
                Instant.parse("2025-03-02T02:00:00Z"), 300);
    }

    public static UpdateFirmwareResponse updateFirmwareResponse() {
        return new UpdateFirmwareResponse();
    }

    public static GetDiagnosticsRequest getDiagnosticsRequest() {
        return new GetDiagnosticsRequest("ftp://diagnostics.gridcharge.example/uploads/", 2, 120,
                Instant.parse("2025-02-28T00:00:00Z"), MIDNIGHT);
    }

    public static GetDiagnosticsResponse getDiagnosticsResponse() {
        return new GetDiagnosticsResponse("CP-0042_diagnostics_20250301.zip");
    }

    public static FirmwareStatusNotificationRequest firmwareStatusNotificationRequest() {
        return new FirmwareStatusNotificationRequest(FirmwareStatus.Installed);
    }

    public static FirmwareStatusNotificationResponse firmwareStatusNotificationResponse() {
        return new FirmwareStatusNotificationResponse();
    }

    public static DiagnosticsStatusNotificationRequest diagnosticsStatusNotificationRequest() {
        return new DiagnosticsStatusNotificationRequest(DiagnosticsStatus.Uploaded);
    }

    public static DiagnosticsStatusNotificationResponse diagnosticsStatusNotificationResponse() {
        return new DiagnosticsStatusNotificationResponse();
    }

    // Local Auth List Management

    public static SendLocalListRequest sendLocalListRequest() {
        Instant endOfYear = Instant.parse("2025-12-31T23:59:59Z");
        return new SendLocalListRequest(7, List.of(
                new AuthorizationData("04A2B3C4D5E6F7",
                        new IdTagInfo(endOfYear, "FLEET-ACME", AuthorizationStatus.Accepted)),
                new AuthorizationData("0499887766AABB",
                        new IdTagInfo(endOfYear, "FLEET-ACME", AuthorizationStatus.Blocked))),
                UpdateType.Differential);
    }

    public static SendLocalListResponse sendLocalListResponse() {
        return new SendLocalListResponse(UpdateStatus.Accepted);
    }

    public static GetLocalListVersionRequest getLocalListVersionRequest() {
        return new GetLocalListVersionRequest();
    }

    public static GetLocalListVersionResponse getLocalListVersionResponse() {
        return new GetLocalListVersionResponse(7);
    }

    // Reservation

    public static ReserveNowRequest reserveNowRequest() {
        return new ReserveNowRequest(2, Instant.parse("2025-03-01T18:30:00Z"), "04A2B3C4D5E6F7", "FLEET-ACME", 1001);
    }

    public static ReserveNowResponse reserveNowResponse() {
        return new ReserveNowResponse(ReservationStatus.Accepted);
    }

    public static CancelReservationRequest cancelReservationRequest() {
        return new CancelReservationRequest(1001);
    }

    public static CancelReservationResponse cancelReservationResponse() {
        return new CancelReservationResponse(CancelReservationStatus.Accepted);
    }

    // Remote Trigger

    public static TriggerMessageRequest triggerMessageRequest() {
        return new TriggerMessageRequest(MessageTrigger.StatusNotification, 1);
    }

    public static TriggerMessageResponse triggerMessageResponse() {
        return new TriggerMessageResponse(TriggerMessageStatus.Accepted);
    }
}
