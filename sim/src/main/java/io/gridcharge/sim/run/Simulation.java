package io.gridcharge.sim.run;

import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.VisitOutcome;
import io.gridcharge.sim.grid.Feeder;
import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.grid.Reading;
import io.gridcharge.sim.grid.Site;
import io.gridcharge.sim.link.LinkProfile;
import io.gridcharge.sim.link.Spells;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a network through simulated time, one step after the other on one thread: every site moves (arrivals,
 * chargers, household, PV), feeders and the substation sum their sites, and each step is recorded. The clock
 * paces it. The link outages drawn from each station's link profile are announced to the observer, which takes
 * the station off the air; the faults drawn from the site's fault rate happen to the charger model. Same
 * network and seed, same results.
 */
public final class Simulation {
    /** Hears how the run goes; called on the simulation's thread, so it must be quick. */
    public interface Observer {
        Observer NONE = new Observer() {
        };

        default void linkChanged(String stationId, boolean up) {
        }

        default void stepped(Instant at, Reading substation) {
        }
    }

    /** Something that happens to a station at a moment: its link goes down or up, it faults or recovers. */
    private record StationEvent(Instant at, ChargerModel charger, boolean link, boolean up) {
    }

    private final Network network;
    private final SimulationClock clock;
    private final long seed;
    private final Observer observer;

    public Simulation(Network network, SimulationClock clock, long seed, Observer observer) {
        this.network = network;
        this.clock = clock;
        this.seed = seed;
        this.observer = observer;
    }

    public RunResult run() throws InterruptedException {
        Map<String, List<Reading>> sites = new LinkedHashMap<>();
        Map<String, List<Reading>> feeders = new LinkedHashMap<>();
        List<Reading> substation = new ArrayList<>();
        List<StationEvent> events = stationEvents();
        int next = 0;
        for (Instant at = network.start(); at.isBefore(network.end()); at = at.plus(network.step())) {
            clock.awaitSimulated(at.plus(network.step())); // a step is computed once its time has passed
            while (next < events.size() && !events.get(next).at().isAfter(at)) {
                happen(events.get(next++), at);
            }
            Reading total = new Reading(at, 0, 0, 0, network.substationLimitW());
            for (Feeder feeder : network.feeders()) {
                Reading sum = new Reading(at, 0, 0, 0, feeder.limitW());
                for (Site site : feeder.sites()) {
                    Reading reading = site.step(at, network.step());
                    sites.computeIfAbsent(site.id(), id -> new ArrayList<>()).add(reading);
                    sum = sum.plus(reading);
                }
                feeders.computeIfAbsent(feeder.id(), id -> new ArrayList<>()).add(sum);
                total = total.plus(sum);
            }
            substation.add(total);
            observer.stepped(at, total);
        }
        while (next < events.size()) { // every link ends the run up, so queued messages get out
            StationEvent event = events.get(next++);
            if (event.link() && event.up()) {
                happen(event, network.end());
            }
        }
        Map<String, List<VisitOutcome>> outcomes = new LinkedHashMap<>();
        for (Site site : network.sites()) {
            site.finish(network.end());
            outcomes.put(site.id(), site.outcomes());
        }
        return new RunResult(network, sites, feeders, substation, outcomes);
    }

    private void happen(StationEvent event, Instant at) {
        if (event.link()) {
            observer.linkChanged(event.charger().spec().stationId(), event.up());
        } else if (event.up()) {
            event.charger().recover(at);
        } else {
            event.charger().fault(at);
        }
    }

    private List<StationEvent> stationEvents() {
        List<StationEvent> events = new ArrayList<>();
        for (Site site : network.sites()) {
            LinkProfile link = site.link();
            for (ChargerModel charger : site.chargers()) {
                long stationSeed = seed ^ charger.spec().stationId().hashCode();
                for (Spells.Spell outage : link.outages(network.start(), network.end(), stationSeed)) {
                    events.add(new StationEvent(outage.from(), charger, true, false));
                    events.add(new StationEvent(outage.until(), charger, true, true));
                }
                for (Spells.Spell fault : Spells.draw(network.start(), network.end(), site.faults().perDay(),
                        site.faults().meanMinutes(), ~stationSeed)) {
                    events.add(new StationEvent(fault.from(), charger, false, false));
                    events.add(new StationEvent(fault.until(), charger, false, true));
                }
            }
        }
        events.sort(Comparator.comparing(StationEvent::at));
        return events;
    }
}
