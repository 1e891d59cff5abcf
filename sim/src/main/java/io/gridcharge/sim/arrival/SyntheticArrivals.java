package io.gridcharge.sim.arrival;

import io.gridcharge.sim.ev.EvVisit;
import io.gridcharge.sim.ev.Fleet;
import io.gridcharge.sim.ev.Vin;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The project's own arrival generator, one profile per site type, calibrated on the shape of public session
 * data (ACN-Data's workplace site: arrivals peak around 8-9 h, stays of 7-10 h, 5-20 kWh asked for):
 * <ul>
 * <li>workplace: arrival ~ N(8:45, 1 h), stay ~ N(8.5 h, 1.5 h) within 1-12 h, energy ~ N(12, 6) kWh within 2-50;
 * <li>residential: home at ~ N(17:45, 1.5 h), leaves the next morning ~ N(7:30, 45 min), energy ~ N(11, 5) kWh
 * within 2-40 (a day's driving).
 * </ul>
 * Each connector sees {@code perConnectorPerDay} cars a day on average; a fifth of them identify by
 * plug-and-charge, the others by RFID card.
 */
public final class SyntheticArrivals {
    public enum Profile { WORKPLACE, RESIDENTIAL }

    /** The share of drivers whose car identifies itself (plug-and-charge) rather than with an RFID card. */
    static final double PLUG_AND_CHARGE_SHARE = 0.2;

    private final Profile profile;
    private final double perConnectorPerDay;
    private final Fleet fleet;

    public SyntheticArrivals(String profile, double perConnectorPerDay, Fleet fleet) {
        try {
            this.profile = Profile.valueOf(profile.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown arrival profile '" + profile + "': workplace or residential");
        }
        if (!(perConnectorPerDay > 0)) {
            throw new IllegalArgumentException("perConnectorPerDay must be positive");
        }
        this.perConnectorPerDay = perConnectorPerDay;
        this.fleet = fleet;
    }

    /** The visits of every local day that the span touches, for a site with {@code connectors} connectors. */
    public List<EvVisit> visits(String siteId, int connectors, Instant start, Instant end, ZoneId zone,
                                SplittableRandom random, String tagPrefix) {
        List<EvVisit> visits = new ArrayList<>();
        LocalDate first = start.atZone(zone).toLocalDate().minusDays(profile == Profile.RESIDENTIAL ? 1 : 0);
        LocalDate last = end.atZone(zone).toLocalDate();
        int number = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            double expected = connectors * perConnectorPerDay;
            int cars = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
            for (int car = 0; car < cars; car++) {
                EvVisit visit = visit(siteId + "-" + day + "-" + car, day, zone, random,
                        tagPrefix + String.format(Locale.ROOT, "%04d", ++number));
                if (visit.departure().isAfter(start) && visit.arrival().isBefore(end)) {
                    visits.add(visit);
                }
            }
        }
        return visits;
    }

    private EvVisit visit(String id, LocalDate day, ZoneId zone, SplittableRandom random, String idTag) {
        var vehicle = fleet.draw(random);
        Instant midnight = day.atStartOfDay(zone).toInstant();
        Instant arrival;
        Instant departure;
        double kwh;
        if (profile == Profile.WORKPLACE) {
            arrival = midnight.plus(minutes(normal(random, 8.75, 1.0, 5, 14) * 60));
            departure = arrival.plus(minutes(normal(random, 8.5, 1.5, 1, 12) * 60));
            kwh = normal(random, 12, 6, 2, 50);
        } else {
            arrival = midnight.plus(minutes(normal(random, 17.75, 1.5, 12, 23.5) * 60));
            departure = midnight.plus(Duration.ofDays(1)).plus(minutes(normal(random, 7.5, 0.75, 5, 10) * 60));
            kwh = normal(random, 11, 5, 2, 40);
        }
        double arrivalSoc = 0.15 + 0.5 * random.nextDouble();
        String vin = Vin.draw(random);
        boolean plugAndCharge = random.nextDouble() < PLUG_AND_CHARGE_SHARE;
        return new EvVisit(id, vehicle, arrival, departure, Math.round(kwh * 1000), arrivalSoc,
                plugAndCharge ? Vin.idTag(vin) : idTag, vin,
                plugAndCharge ? EvVisit.Identification.PLUG_AND_CHARGE : EvVisit.Identification.RFID_CARD);
    }

    private static Duration minutes(double minutes) {
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    static double normal(SplittableRandom random, double mean, double sd, double min, double max) {
        // Box-Muller from the seeded source, so draws do not depend on a global generator.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        return Math.clamp(mean + sd * z, min, max);
    }
}
