package io.gridcharge.sim.ocpp16;

import io.gridcharge.sim.charger.ChargerSpec;
import java.util.List;

/** The configuration keys the simulated charger reports (OCPP 1.6 §9.1, §9.4); only HeartbeatInterval is writable. */
final class Configuration {
    static final String HEARTBEAT_INTERVAL = "HeartbeatInterval";
    static final String FEATURE_PROFILES = "Core,SmartCharging,RemoteTrigger,Reservation";
    static final List<String> KEYS = List.of(HEARTBEAT_INTERVAL, "SupportedFeatureProfiles", "NumberOfConnectors",
            "MeterValueSampleInterval", "MeterValuesSampledData", "StopTransactionOnInvalidId",
            "ChargeProfileMaxStackLevel", "ChargingScheduleAllowedChargingRateUnit", "ChargingScheduleMaxPeriods",
            "MaxChargingProfilesInstalled", "AuthorizeRemoteTxRequests", "LocalPreAuthorize");

    private Configuration() {
    }

    static String value(String key, ChargerSpec spec, int heartbeatSeconds, long sampleSeconds) {
        return switch (key) {
            case HEARTBEAT_INTERVAL -> Integer.toString(heartbeatSeconds);
            case "SupportedFeatureProfiles" -> FEATURE_PROFILES;
            case "NumberOfConnectors" -> Integer.toString(spec.connectors());
            case "MeterValueSampleInterval" -> Long.toString(sampleSeconds);
            case "MeterValuesSampledData" -> "Energy.Active.Import.Register,Power.Active.Import,SoC";
            case "StopTransactionOnInvalidId" -> "true";
            case "ChargeProfileMaxStackLevel" -> "10";
            case "ChargingScheduleAllowedChargingRateUnit" -> "Current,Power";
            case "ChargingScheduleMaxPeriods" -> "48";
            case "MaxChargingProfilesInstalled" -> "20";
            case "AuthorizeRemoteTxRequests" -> "false";
            case "LocalPreAuthorize" -> "false";
            default -> null;
        };
    }
}
