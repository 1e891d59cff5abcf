package io.gridcharge.sim.scenario;

import io.gridcharge.sim.arrival.AcnTrace;
import io.gridcharge.sim.arrival.SyntheticArrivals;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.ChargerSpec;
import io.gridcharge.sim.charger.CurrentType;
import io.gridcharge.sim.ev.ChargingCurve;
import io.gridcharge.sim.ev.EvVisit;
import io.gridcharge.sim.ev.Fleet;
import io.gridcharge.sim.grid.Feeder;
import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.grid.Site;
import io.gridcharge.sim.home.BaseLoad;
import io.gridcharge.sim.home.PvArray;
import io.gridcharge.sim.home.Weather;
import io.gridcharge.sim.link.LinkProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Turns a scenario into a network of models for one seed. Everything random is drawn here or from seeded pure
 * functions, each site from its own generator (seed and site id), so adding a site does not change the others.
 */
public final class NetworkBuilder {
    private final long seed;
    private final Path traceOverride;
    private final LocalDate traceDay;
    private final Fleet fleet = Fleet.TYPICAL;

    /**
     * @param traceOverride an ACN-Data file that replaces the scenario's trace files and drives every parking lot
     *     without one; may be null
     * @param traceDay the trace's day for those lots
     */
    public NetworkBuilder(long seed, Path traceOverride, LocalDate traceDay) {
        this.seed = seed;
        this.traceOverride = traceOverride;
        this.traceDay = traceDay;
    }

    public NetworkBuilder(long seed) {
        this(seed, null, null);
    }

    public Network build(Scenario scenario) {
        require(scenario.name() != null && scenario.start() != null && scenario.feeders() != null
                && !scenario.feeders().isEmpty(), "a scenario needs name, start and at least one feeder");
        ZoneId zone = ZoneId.of(Objects.requireNonNullElse(scenario.timeZone(), "UTC"));
        Instant start = scenario.start();
        Duration length = Duration.ofMinutes(Math.round(Objects.requireNonNullElse(scenario.hours(), 24.0) * 60));
        Duration step = Duration.ofSeconds(Objects.requireNonNullElse(scenario.stepSeconds(), 60));
        require(!length.isNegative() && !length.isZero() && !step.isNegative() && !step.isZero(),
                "hours and stepSeconds must be positive");
        Context context = new Context(scenario, zone, start, start.plus(length),
                new Weather(Weather.Kind.valueOf(Objects.requireNonNullElse(scenario.weather(), "clear")
                        .toUpperCase(Locale.ROOT)), seed),
                Objects.requireNonNullElse(scenario.stationPrefix(), "SIM-"),
                Duration.ofSeconds(Objects.requireNonNullElse(scenario.meterValueSampleSeconds(), 300)));
        List<Feeder> feeders = new ArrayList<>();
        double feederSum = 0;
        for (Scenario.FeederSpec feeder : scenario.feeders()) {
            require(feeder.id() != null && feeder.sites() != null && !feeder.sites().isEmpty(),
                    "every feeder needs an id and at least one site");
            List<Site> sites = new ArrayList<>();
            for (Scenario.SiteSpec spec : feeder.sites()) {
                require(spec.id() != null && !spec.id().isBlank(), "every site needs an id");
                int count = Objects.requireNonNullElse(spec.count(), 1);
                for (int n = 1; n <= count; n++) {
                    String id = count == 1 ? spec.id() : String.format(Locale.ROOT, "%s-%02d", spec.id(), n);
                    sites.add(site(id, spec, context));
                }
            }
            feeders.add(new Feeder(feeder.id(), feeder.limitKw() * 1000, sites));
            feederSum += feeder.limitKw() * 1000;
        }
        double substation = scenario.substationKw() == null ? feederSum : scenario.substationKw() * 1000;
        return new Network(scenario.name(), Objects.requireNonNullElse(scenario.title(), scenario.name()), start, length,
                step, substation, feeders);
    }

    private record Context(Scenario scenario, ZoneId zone, Instant start, Instant end, Weather weather,
                           String stationPrefix, Duration sampleInterval) {
    }

    private Site site(String id, Scenario.SiteSpec spec, Context context) {
        Site.Kind kind = switch (Objects.requireNonNullElse(spec.kind(), "home")) {
            case "home" -> Site.Kind.HOME;
            case "parking-lot" -> Site.Kind.PARKING_LOT;
            default -> throw new IllegalArgumentException("Site " + id + ": kind is home or parking-lot, not "
                    + spec.kind());
        };
        long siteSeed = seed * 31 + id.hashCode();
        SplittableRandom random = new SplittableRandom(siteSeed);
        Scenario scenario = context.scenario();
        double latitude = Objects.requireNonNullElse(scenario.latitude(), 48.14);
        double longitude = Objects.requireNonNullElse(scenario.longitude(), 11.58);
        PvArray pv = spec.pvKwp() == null || spec.pvKwp() <= 0 ? null
                : new PvArray(spec.pvKwp() * 1000, latitude, longitude, context.weather());
        BaseLoad base = spec.baseLoadKwhPerYear() == null ? null
                : new BaseLoad(kind == Site.Kind.HOME ? BaseLoad.Profile.HOUSEHOLD : BaseLoad.Profile.OFFICE,
                        spec.baseLoadKwhPerYear() * 1000, context.zone(), siteSeed);
        double rating = Objects.requireNonNullElse(spec.ratingKw(), kind == Site.Kind.HOME ? 30.0 : 200.0) * 1000;
        List<ChargerModel> chargers = chargers(id, spec, context, random);
        int connectors = chargers.stream().mapToInt(c -> c.spec().connectors()).sum();
        LinkProfile link = LinkProfile.named(Objects.requireNonNullElse(spec.link(),
                kind == Site.Kind.HOME ? "4G" : "LAN"));
        if (spec.outagesPerDay() != null) {
            link = link.withOutagesPerDay(spec.outagesPerDay());
        }
        Site.Faults faults = spec.faultsPerDay() == null ? Site.Faults.NONE
                : new Site.Faults(spec.faultsPerDay(), Objects.requireNonNullElse(spec.meanFaultMinutes(), 30.0));
        return new Site(id, kind, base, pv, rating, chargers, link, faults,
                visits(id, spec, kind, connectors, context, random));
    }

    private List<ChargerModel> chargers(String siteId, Scenario.SiteSpec spec, Context context,
                                        SplittableRandom random) {
        require(spec.chargers() != null && !spec.chargers().isEmpty(), "site " + siteId + " has no chargers");
        List<ChargerModel> chargers = new ArrayList<>();
        int number = 0;
        for (Scenario.ChargerGroup group : spec.chargers()) {
            CurrentType type = CurrentType.valueOf(Objects.requireNonNullElse(group.type(), "AC").toUpperCase(Locale.ROOT));
            for (int i = 0; i < Objects.requireNonNullElse(group.count(), 1); i++) {
                String stationId = String.format(Locale.ROOT, "%s%s-CP%02d", context.stationPrefix(), siteId, ++number);
                ChargerSpec charger = new ChargerSpec(stationId, type, Objects.requireNonNullElse(group.connectors(), 1),
                        (int) Math.round(group.maxKw() * 1000), Objects.requireNonNullElse(group.phases(), 3));
                chargers.add(new ChargerModel(charger, ChargingCurve.TYPICAL, context.sampleInterval(),
                        100_000 + random.nextLong(900_000)));
            }
        }
        return chargers;
    }

    private List<EvVisit> visits(String siteId, Scenario.SiteSpec spec, Site.Kind kind, int connectors,
                                 Context context, SplittableRandom random) {
        String tagPrefix = (context.stationPrefix() + siteId).replaceAll("[^A-Za-z0-9]", "");
        tagPrefix = tagPrefix.substring(0, Math.min(12, tagPrefix.length())) + "-";
        Scenario.Arrivals arrivals = spec.arrivals();
        require(arrivals != null, "site " + siteId + " has no arrivals");
        Scenario.Trace trace = arrivals.trace();
        if (trace == null && traceOverride != null && kind == Site.Kind.PARKING_LOT) {
            trace = new Scenario.Trace(traceOverride.toString(), traceDay, null);
        }
        if (trace != null) {
            Path file = traceOverride != null ? traceOverride : Path.of(Objects.requireNonNull(trace.file(),
                    "site " + siteId + ": a trace needs a file (or --trace)"));
            return foundAtStart(AcnTrace.read(file, trace.day(), ZoneId.of(Objects.requireNonNullElse(
                            trace.timeZone(), "America/Los_Angeles")))
                    .visits(siteId, context.start(), context.end(), context.zone(), fleet, random, tagPrefix), context);
        }
        String profile = Objects.requireNonNullElse(arrivals.profile(),
                kind == Site.Kind.HOME ? "residential" : "workplace");
        return foundAtStart(new SyntheticArrivals(profile,
                Objects.requireNonNullElse(arrivals.perConnectorPerDay(), 1.0), fleet)
                .visits(siteId, connectors, context.start(), context.end(), context.zone(), random, tagPrefix), context);
    }

    private static List<EvVisit> foundAtStart(List<EvVisit> visits, Context context) {
        return visits.stream().map(visit -> visit.asFoundAt(context.start())).toList();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Scenario: " + message);
        }
    }
}
