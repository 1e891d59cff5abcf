package io.gridcharge.api.console;

import io.gridcharge.api.live.LiveFeed;
import io.gridcharge.api.live.LiveTickets;
import io.gridcharge.domain.charging.ChargingStatistics;
import io.gridcharge.domain.station.PlaceStation;
import io.gridcharge.domain.station.StationCensus;
import io.gridcharge.domain.station.StationLocations;
import io.gridcharge.domain.tenant.UserAdministration;
import java.util.Objects;

/**
 * What the operator console (issue 8) adds to the API: the live feed, the dashboard's figures, the map, and the
 * administration of users.
 */
public record ConsoleServices(LiveFeed live, LiveTickets tickets, StationCensus census, ChargingStatistics charging,
                              PlaceStation places, StationLocations locations, ConsoleSettings settings,
                              UserAdministration users) {
    public ConsoleServices {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(census, "census");
        Objects.requireNonNull(charging, "charging");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(users, "users");
    }
}
