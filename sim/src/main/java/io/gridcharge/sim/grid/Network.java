package io.gridcharge.sim.grid;

import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.ev.EvVisit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A built scenario: the substation's feeders and their sites, over a span of simulated time. */
public record Network(String name, String title, Instant start, Duration length, Duration step, double substationLimitW,
                      List<Feeder> feeders) {
    public Network {
        feeders = List.copyOf(feeders);
    }

    public Instant end() {
        return start.plus(length);
    }

    public List<Site> sites() {
        return feeders.stream().flatMap(feeder -> feeder.sites().stream()).toList();
    }

    public List<ChargerModel> chargers() {
        return sites().stream().flatMap(site -> site.chargers().stream()).toList();
    }

    /** The id tags of every car that will come, for a central system that must know them first. */
    public Set<String> idTags() {
        Set<String> tags = new TreeSet<>();
        sites().forEach(site -> site.plannedVisits().stream().map(EvVisit::idTag).forEach(tags::add));
        return tags;
    }
}
