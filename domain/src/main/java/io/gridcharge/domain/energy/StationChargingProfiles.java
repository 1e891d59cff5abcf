package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The profiles a station holds, as the platform believes it: each one it accepted, less those it replaced
 * or cleared since. Immutable; the changes return the new state.
 */
public record StationChargingProfiles(StationId stationId, List<InstalledChargingProfile> profiles) {
    private static final Comparator<InstalledChargingProfile> ORDER = Comparator
            .comparingInt(InstalledChargingProfile::connectorId)
            .thenComparing(p -> p.profile().purpose())
            .thenComparing(p -> -p.profile().stackLevel())
            .thenComparingInt(p -> p.profile().id());

    public StationChargingProfiles {
        Require.present(stationId, "stationId");
        profiles = profiles.stream().sorted(ORDER).toList();
    }

    public static StationChargingProfiles none(StationId stationId) {
        return new StationChargingProfiles(stationId, List.of());
    }

    /** The state after the station accepted {@code installed} (§3.13.2: it replaces what it matches). */
    public StationChargingProfiles install(InstalledChargingProfile installed) {
        List<InstalledChargingProfile> kept = new ArrayList<>();
        for (InstalledChargingProfile existing : profiles) {
            if (!existing.isReplacedBy(installed)) {
                kept.add(existing);
            }
        }
        kept.add(installed);
        return new StationChargingProfiles(stationId, kept);
    }

    /** The state after the station accepted a ClearChargingProfile with {@code criteria}. */
    public StationChargingProfiles clear(ClearCriteria criteria) {
        return new StationChargingProfiles(stationId,
                profiles.stream().filter(p -> !criteria.matches(p)).toList());
    }

    /**
     * The state after a transaction on {@code connectorId} ended: its TxProfiles end with it (§3.13.1), those
     * naming it and those on its connector that name no transaction (given with its remote start).
     */
    public StationChargingProfiles endTransaction(long transactionId, int connectorId) {
        return new StationChargingProfiles(stationId, profiles.stream().filter(p -> {
            ChargingProfile profile = p.profile();
            if (profile.purpose() != ChargingProfilePurpose.TX) {
                return true;
            }
            return profile.transactionId() == null ? p.connectorId() != connectorId
                    : profile.transactionId() != transactionId;
        }).toList());
    }

    public List<InstalledChargingProfile> matching(ClearCriteria criteria) {
        return profiles.stream().filter(criteria::matches).toList();
    }
}
