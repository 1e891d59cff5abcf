package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.Set;

/**
 * A security event a station reported (SecurityEventNotification, OCPP 1.6 Security Whitepaper use case A04).
 * {@code type} is one of the whitepaper's events (its appendix) or a vendor's own; {@code critical} is the
 * whitepaper's criticality of that type (vendor types are not critical).
 */
public record SecurityEvent(long id, StationId stationId, String type, Instant occurredAt, String techInfo,
                            boolean critical, Instant receivedAt) {
    /** The events the whitepaper's list of security events marks critical. */
    private static final Set<String> CRITICAL = Set.of("FirmwareUpdated", "SettingSystemTime", "StartupOfTheDevice",
            "ResetOrReboot", "SecurityLogWasCleared", "MemoryExhaustion", "TamperDetectionActivated");

    public SecurityEvent {
        Require.present(stationId, "stationId");
        Require.text(type, 50, "type");
        Require.present(occurredAt, "timestamp");
        Require.maxLength(techInfo, 255, "techInfo");
        Require.present(receivedAt, "receivedAt");
    }

    public static boolean isCritical(String type) {
        return CRITICAL.contains(type);
    }
}
