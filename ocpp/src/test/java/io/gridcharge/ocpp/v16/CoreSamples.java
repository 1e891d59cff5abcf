package io.gridcharge.ocpp.v16;

import io.gridcharge.ocpp.v16.core.AuthorizeRequest;
import io.gridcharge.ocpp.v16.core.AuthorizeResponse;
import io.gridcharge.ocpp.v16.core.AvailabilityStatus;
import io.gridcharge.ocpp.v16.core.AvailabilityType;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v16.core.ChangeAvailabilityResponse;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationRequest;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationResponse;
import io.gridcharge.ocpp.v16.core.ChargePointErrorCode;
import io.gridcharge.ocpp.v16.core.ChargePointStatus;
import io.gridcharge.ocpp.v16.core.ClearCacheRequest;
import io.gridcharge.ocpp.v16.core.ClearCacheResponse;
import io.gridcharge.ocpp.v16.core.ClearCacheStatus;
import io.gridcharge.ocpp.v16.core.ConfigurationStatus;
import io.gridcharge.ocpp.v16.core.DataTransferRequest;
import io.gridcharge.ocpp.v16.core.DataTransferResponse;
import io.gridcharge.ocpp.v16.core.DataTransferStatus;
import io.gridcharge.ocpp.v16.core.GetConfigurationRequest;
import io.gridcharge.ocpp.v16.core.GetConfigurationResponse;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.HeartbeatResponse;
import io.gridcharge.ocpp.v16.core.KeyValue;
import io.gridcharge.ocpp.v16.core.Location;
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.MeterValuesResponse;
import io.gridcharge.ocpp.v16.core.Phase;
import io.gridcharge.ocpp.v16.core.ReadingContext;
import io.gridcharge.ocpp.v16.core.Reason;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.RemoteStartStopStatus;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionResponse;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionResponse;
import io.gridcharge.ocpp.v16.core.ResetRequest;
import io.gridcharge.ocpp.v16.core.ResetResponse;
import io.gridcharge.ocpp.v16.core.ResetStatus;
import io.gridcharge.ocpp.v16.core.ResetType;
import io.gridcharge.ocpp.v16.core.SampledValue;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StartTransactionResponse;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import io.gridcharge.ocpp.v16.core.StatusNotificationResponse;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionResponse;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import io.gridcharge.ocpp.v16.core.UnlockConnectorRequest;
import io.gridcharge.ocpp.v16.core.UnlockConnectorResponse;
import io.gridcharge.ocpp.v16.core.UnlockStatus;
import io.gridcharge.ocpp.v16.core.ValueFormat;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfile;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileKindType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfilePurposeType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingRateUnitType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedule;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedulePeriod;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import io.gridcharge.ocpp.v16.types.IdTagInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A realistic, fully populated instance of every Core profile request and response: every optional field is
 * set, so a schema check of the samples covers every field. One station's evening: boot, a 7 kWh charge on
 * connector 1 with periodic meter values, and the central system's commands.
 */
public final class CoreSamples {
    private static final Instant BOOTED = Instant.parse("2025-03-01T17:58:02Z");
    private static final Instant PLUGGED_IN = Instant.parse("2025-03-01T18:02:10Z");
    private static final Instant UNPLUGGED = Instant.parse("2025-03-01T19:47:31Z");
    private static final String DRIVER_CARD = "04A2B3C4D5E6F7";
    private static final int TRANSACTION = 51_207;

    private CoreSamples() {
    }

    // Station to central system

    public static AuthorizeRequest authorizeRequest() {
        return new AuthorizeRequest(DRIVER_CARD);
    }

    public static AuthorizeResponse authorizeResponse() {
        return new AuthorizeResponse(acceptedUntilEndOfYear());
    }

    public static BootNotificationRequest bootNotificationRequest() {
        return new BootNotificationRequest("ACME Charging", "AC22-Duo", "AC22D-2024-000417", "CB-000417",
                "4.2.1+build.77", "89490200001234567890", "262011234567890", "Eastron SDM630", "SDM630-1187264");
    }

    public static BootNotificationResponse bootNotificationResponse() {
        return new BootNotificationResponse(RegistrationStatus.Accepted, BOOTED.plusMillis(250), 300);
    }

    public static DataTransferRequest dataTransferRequest() {
        return new DataTransferRequest("com.acme.charging", "CableTemperature", "{\"connector\":1,\"celsius\":41.5}");
    }

    public static DataTransferResponse dataTransferResponse() {
        return new DataTransferResponse(DataTransferStatus.Accepted, "{\"ack\":true}");
    }

    public static HeartbeatRequest heartbeatRequest() {
        return new HeartbeatRequest();
    }

    public static HeartbeatResponse heartbeatResponse() {
        return new HeartbeatResponse(Instant.parse("2025-03-01T18:03:02.125Z"));
    }

    public static MeterValuesRequest meterValuesRequest() {
        return new MeterValuesRequest(1, TRANSACTION, List.of(
                new MeterValue(Instant.parse("2025-03-01T18:17:10Z"), List.of(
                        energyRegister("15320", ReadingContext.Sample_Periodic),
                        new SampledValue("16.1", ReadingContext.Sample_Periodic, ValueFormat.Raw, Measurand.Current_Import,
                                Phase.L1, Location.Outlet, UnitOfMeasure.A),
                        new SampledValue("231.4", ReadingContext.Sample_Periodic, ValueFormat.Raw, Measurand.Voltage,
                                Phase.L1_N, Location.Outlet, UnitOfMeasure.V),
                        new SampledValue("11.04", ReadingContext.Sample_Periodic, ValueFormat.Raw,
                                Measurand.Power_Active_Import, null, Location.Outlet, UnitOfMeasure.kW),
                        new SampledValue("38.5", ReadingContext.Sample_Periodic, ValueFormat.Raw, Measurand.Temperature,
                                null, Location.Body, UnitOfMeasure.Celsius),
                        new SampledValue("64", ReadingContext.Sample_Periodic, ValueFormat.Raw, Measurand.SoC,
                                null, Location.EV, UnitOfMeasure.Percent)))));
    }

    public static MeterValuesResponse meterValuesResponse() {
        return new MeterValuesResponse();
    }

    public static StartTransactionRequest startTransactionRequest() {
        return new StartTransactionRequest(1, DRIVER_CARD, 12_560, 1001, PLUGGED_IN);
    }

    public static StartTransactionResponse startTransactionResponse() {
        return new StartTransactionResponse(acceptedUntilEndOfYear(), TRANSACTION);
    }

    public static StatusNotificationRequest statusNotificationRequest() {
        return new StatusNotificationRequest(1, ChargePointErrorCode.HighTemperature, "Cable at 71 C, derating",
                ChargePointStatus.SuspendedEVSE, Instant.parse("2025-03-01T19:10:44Z"), "com.acme.charging", "E-217");
    }

    public static StatusNotificationResponse statusNotificationResponse() {
        return new StatusNotificationResponse();
    }

    public static StopTransactionRequest stopTransactionRequest() {
        return new StopTransactionRequest(DRIVER_CARD, 19_642, UNPLUGGED, TRANSACTION, Reason.EVDisconnected, List.of(
                new MeterValue(PLUGGED_IN, List.of(energyRegister("12560", ReadingContext.Transaction_Begin))),
                new MeterValue(UNPLUGGED, List.of(energyRegister("19642", ReadingContext.Transaction_End),
                        new SampledValue("0.0", ReadingContext.Transaction_End, ValueFormat.Raw, Measurand.Current_Import,
                                Phase.L1, Location.Outlet, UnitOfMeasure.A)))));
    }

    public static StopTransactionResponse stopTransactionResponse() {
        return new StopTransactionResponse(acceptedUntilEndOfYear());
    }

    // Central system to station

    public static ChangeAvailabilityRequest changeAvailabilityRequest() {
        return new ChangeAvailabilityRequest(2, AvailabilityType.Inoperative);
    }

    public static ChangeAvailabilityResponse changeAvailabilityResponse() {
        return new ChangeAvailabilityResponse(AvailabilityStatus.Scheduled);
    }

    public static ChangeConfigurationRequest changeConfigurationRequest() {
        return new ChangeConfigurationRequest("MeterValueSampleInterval", "900");
    }

    public static ChangeConfigurationResponse changeConfigurationResponse() {
        return new ChangeConfigurationResponse(ConfigurationStatus.Accepted);
    }

    public static ClearCacheRequest clearCacheRequest() {
        return new ClearCacheRequest();
    }

    public static ClearCacheResponse clearCacheResponse() {
        return new ClearCacheResponse(ClearCacheStatus.Accepted);
    }

    public static GetConfigurationRequest getConfigurationRequest() {
        return new GetConfigurationRequest(List.of("HeartbeatInterval", "MeterValuesSampledData", "VendorSecretSauce"));
    }

    public static GetConfigurationResponse getConfigurationResponse() {
        return new GetConfigurationResponse(List.of(
                new KeyValue("HeartbeatInterval", false, "300"),
                new KeyValue("MeterValuesSampledData", false, "Energy.Active.Import.Register,Current.Import,Voltage")),
                List.of("VendorSecretSauce"));
    }

    /** Start charging card DRIVER_CARD on connector 1, at most 11 kW for the first two hours. */
    public static RemoteStartTransactionRequest remoteStartTransactionRequest() {
        ChargingSchedule firstTwoHours = new ChargingSchedule(7_200, Instant.parse("2025-03-01T18:00:00Z"),
                ChargingRateUnitType.W, List.of(
                        new ChargingSchedulePeriod(0, new BigDecimal("11000.0"), 3),
                        new ChargingSchedulePeriod(3_600, new BigDecimal("7400.0"), 3)),
                new BigDecimal("1400.0"));
        ChargingProfile profile = new ChargingProfile(77, null, 1, ChargingProfilePurposeType.TxProfile,
                ChargingProfileKindType.Absolute, null, Instant.parse("2025-03-01T18:00:00Z"),
                Instant.parse("2025-03-01T20:00:00Z"), firstTwoHours);
        return new RemoteStartTransactionRequest(1, DRIVER_CARD, profile);
    }

    public static RemoteStartTransactionResponse remoteStartTransactionResponse() {
        return new RemoteStartTransactionResponse(RemoteStartStopStatus.Accepted);
    }

    public static RemoteStopTransactionRequest remoteStopTransactionRequest() {
        return new RemoteStopTransactionRequest(TRANSACTION);
    }

    public static RemoteStopTransactionResponse remoteStopTransactionResponse() {
        return new RemoteStopTransactionResponse(RemoteStartStopStatus.Accepted);
    }

    public static ResetRequest resetRequest() {
        return new ResetRequest(ResetType.Soft);
    }

    public static ResetResponse resetResponse() {
        return new ResetResponse(ResetStatus.Accepted);
    }

    public static UnlockConnectorRequest unlockConnectorRequest() {
        return new UnlockConnectorRequest(1);
    }

    public static UnlockConnectorResponse unlockConnectorResponse() {
        return new UnlockConnectorResponse(UnlockStatus.Unlocked);
    }

    private static IdTagInfo acceptedUntilEndOfYear() {
        return new IdTagInfo(Instant.parse("2025-12-31T23:59:59Z"), "FLEET-ACME", AuthorizationStatus.Accepted);
    }

    private static SampledValue energyRegister(String wattHours, ReadingContext context) {
        return new SampledValue(wattHours, context, ValueFormat.Raw, Measurand.Energy_Active_Import_Register,
                null, Location.Outlet, UnitOfMeasure.Wh);
    }
}
