package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * What the platform keeps about a station's security besides its password: the profile it must connect with
 * at least, and the hash of a new Basic Auth password (AuthorizationKey) the station accepted but has not yet
 * connected with. While one is pending, both the old and the new password are let in; the first connection
 * with the new one makes it the only one.
 */
public record StationSecurity(StationId stationId, SecurityProfile profile, String pendingPasswordHash,
                              Instant updatedAt) {
    public StationSecurity {
        Require.present(stationId, "stationId");
        Require.present(profile, "profile");
        Require.present(updatedAt, "updatedAt");
    }

    /** What a station without a record has: profile 1, no password change under way. */
    public static StationSecurity initial(StationId stationId, Instant at) {
        return new StationSecurity(stationId, SecurityProfile.BASIC_AUTH, null, at);
    }

    public StationSecurity withProfile(SecurityProfile newProfile, Instant at) {
        return new StationSecurity(stationId, newProfile, pendingPasswordHash, at);
    }

    public StationSecurity withPendingPassword(String hash, Instant at) {
        return new StationSecurity(stationId, profile, hash, at);
    }
}
