package io.gridcharge.domain.station;

import java.util.Set;

/**
 * Filters for listing stations; null means "any". {@code text} matches id, name, vendor or model (case
 * insensitive, substring). {@code ids}, when given, limits to those stations (used for "connected only",
 * since connection state lives in presence, not in the database).
 */
public record StationQuery(String text, RegistrationStatus registration, Set<StationId> ids) {
    public static StationQuery all() {
        return new StationQuery(null, null, null);
    }
}
