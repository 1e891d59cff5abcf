package io.gridcharge.sim.grid;

import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.VisitOutcome;
import io.gridcharge.sim.ev.EvVisit;
import io.gridcharge.sim.home.BaseLoad;
import io.gridcharge.sim.home.PvArray;
import io.gridcharge.sim.link.LinkProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * A place on the grid with one meter: a home (scene A: household, rooftop PV, a wallbox, the house connection's
 * rating) or a parking lot (scene B: many chargers, the building's base load, behind a transformer). Cars arrive
 * from its list of visits and take a free connector; one that finds none is turned away.
 */
public final class Site {
    public enum Kind { HOME, PARKING_LOT }

    /** How often a charger of the site faults, per simulated day, and for how many minutes on average. */
    public record Faults(double perDay, double meanMinutes) {
        public static final Faults NONE = new Faults(0, 0);
    }

    private final String id;
    private final Kind kind;
    private final BaseLoad baseLoad;
    private final PvArray pv;
    private final double ratingW;
    private final List<ChargerModel> chargers;
    private final LinkProfile link;
    private final Faults faults;
    private final Deque<EvVisit> arrivals;
    private final List<VisitOutcome> turnedAway = new ArrayList<>();

    public Site(String id, Kind kind, BaseLoad baseLoad, PvArray pv, double ratingW, List<ChargerModel> chargers,
                LinkProfile link, Faults faults, List<EvVisit> visits) {
        this.id = id;
        this.kind = kind;
        this.baseLoad = baseLoad;
        this.pv = pv;
        this.ratingW = ratingW;
        this.chargers = List.copyOf(chargers);
        this.link = link;
        this.faults = faults;
        this.arrivals = new ArrayDeque<>(visits.stream().sorted(Comparator.comparing(EvVisit::arrival)).toList());
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public List<ChargerModel> chargers() {
        return chargers;
    }

    public LinkProfile link() {
        return link;
    }

    public Faults faults() {
        return faults;
    }

    public double ratingW() {
        return ratingW;
    }

    /** Every visit planned here, whether it has come yet or not. */
    public List<EvVisit> plannedVisits() {
        return List.copyOf(arrivals);
    }

    public Reading step(Instant from, Duration step) {
        while (!arrivals.isEmpty() && !arrivals.peekFirst().arrival().isAfter(from)) {
            EvVisit visit = arrivals.pollFirst();
            boolean plugged = chargers.stream().anyMatch(charger -> charger.plugIn(visit, from));
            if (!plugged) {
                turnedAway.add(new VisitOutcome(visit, null, 0, 0, 0));
            }
        }
        double evW = 0;
        for (ChargerModel charger : chargers) {
            evW += charger.advance(from, step);
        }
        Instant middle = from.plus(step.dividedBy(2));
        double loadW = baseLoad == null ? 0 : baseLoad.powerW(middle);
        double pvW = pv == null ? 0 : pv.powerW(middle);
        return new Reading(from, loadW, pvW, evW, ratingW);
    }

    /** Ends the run: cars still plugged in leave, cars not yet come are not counted. */
    public void finish(Instant at) {
        chargers.forEach(charger -> charger.unplugAll(at));
    }

    public List<VisitOutcome> outcomes() {
        List<VisitOutcome> all = new ArrayList<>(turnedAway);
        chargers.forEach(charger -> all.addAll(charger.outcomes()));
        return all;
    }
}
