package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.InvalidInput;

/**
 * A latitude/longitude box of the map, south-west to north-east corner. {@code west > east} is a box that
 * crosses the antimeridian (a view across the Pacific).
 */
public record MapArea(double south, double west, double north, double east) {
    public static final MapArea WORLD = new MapArea(-90, -180, 90, 180);

    public MapArea {
        degrees("south", south, 90);
        degrees("north", north, 90);
        degrees("west", west, 180);
        degrees("east", east, 180);
        if (south > north) {
            throw new InvalidInput("south", "must not be north of north");
        }
    }

    public boolean crossesAntimeridian() {
        return west > east;
    }

    public boolean contains(double latitude, double longitude) {
        boolean inLatitude = latitude >= south && latitude <= north;
        boolean inLongitude = crossesAntimeridian() ? longitude >= west || longitude <= east
                : longitude >= west && longitude <= east;
        return inLatitude && inLongitude;
    }

    private static void degrees(String field, double value, double limit) {
        if (!(value >= -limit && value <= limit)) {
            throw new InvalidInput(field, "must be between -" + (int) limit + " and " + (int) limit + " degrees");
        }
    }
}
