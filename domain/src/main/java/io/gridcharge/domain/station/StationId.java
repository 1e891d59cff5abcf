package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.util.regex.Pattern;

/**
 * A charging station's identity, the last path segment of its OCPP-J URL. Limited to the URL's unreserved
 * characters (RFC 3986 §2.3) and 48 characters (OCPP 2.0.1 identity, the stricter of the two versions).
 */
public record StationId(String value) implements Comparable<StationId> {
    private static final Pattern UNRESERVED = Pattern.compile("[A-Za-z0-9._~-]+");

    public StationId {
        Require.text(value, 48, "stationId");
        if (!UNRESERVED.matcher(value).matches()) {
            throw new InvalidInput("stationId", "may contain only letters, digits and . _ ~ -");
        }
    }

    public static StationId of(String value) {
        return new StationId(value);
    }

    @Override
    public int compareTo(StationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
