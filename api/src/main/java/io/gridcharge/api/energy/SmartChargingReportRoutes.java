package io.gridcharge.api.energy;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.EvChargingNeeds;
import io.gridcharge.domain.energy.EvChargingSchedule;
import io.gridcharge.domain.energy.ExternalChargingLimit;
import io.gridcharge.domain.energy.ReportedChargingProfile;
import io.gridcharge.domain.energy.SmartChargingReportRepository;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What OCPP 2.0.1 stations report about the limits they charge under: limits set from outside the platform (K12,
 * K13), EVs' needs and schedules (K15, K17), and the profiles they said they hold in their latest answer to
 * GetChargingProfiles (K09), which is asked through {@code POST /stations/{id}/ocpp/GetChargingProfiles}.
 */
public final class SmartChargingReportRoutes {
    static final String LIMITS = "/api/v1/stations/{id}/charging-limits";
    static final String NEEDS = "/api/v1/stations/{id}/ev-charging-needs";
    static final String EV_SCHEDULES = "/api/v1/stations/{id}/ev-charging-schedules";
    static final String REPORTED = "/api/v1/stations/{id}/reported-charging-profiles";
    /** The most rows of history shown: the latest are what matter. */
    static final int SHOWN = 100;

    private final SmartChargingReportRepository reports;
    private final StationAdministration stations;

    public SmartChargingReportRoutes(SmartChargingReportRepository reports, StationAdministration stations) {
        this.reports = reports;
        this.stations = stations;
    }

    public void register(RoutesConfig routes) {
        routes.get(LIMITS, this::limits);
        routes.get(NEEDS, this::needs);
        routes.get(EV_SCHEDULES, this::evSchedules);
        routes.get(REPORTED, this::reported);
    }

    record ScheduleView(Instant startSchedule, Integer duration, String chargingRateUnit,
                        List<ChargingProfileViews.PeriodView> chargingSchedulePeriod) {
        static ScheduleView of(CompositeSchedule schedule) {
            return new ScheduleView(schedule.start(), schedule.durationSeconds(),
                    schedule.unit() == ChargingRateUnit.WATTS ? "W" : "A",
                    schedule.periods().stream().map(p -> new ChargingProfileViews.PeriodView(p.startPeriod(),
                            p.limit(), p.numberPhases())).toList());
        }
    }

    record LimitView(long id, int evseId, String chargingLimitSource, boolean isGridCritical,
                     List<ScheduleView> chargingSchedule, Instant reportedAt, boolean active, Instant clearedAt) {
        static LimitView of(ExternalChargingLimit l) {
            return new LimitView(l.id(), l.evseId(), l.source(), l.gridCritical(),
                    l.schedules().stream().map(ScheduleView::of).toList(), l.reportedAt(), l.isActive(),
                    l.clearedAt());
        }
    }

    record NeedsView(int evseId, Long transactionId, String requestedEnergyTransfer, Instant departureTime,
                     Integer energyAmountWh, Integer evMinCurrentA, Integer evMaxCurrentA, Integer evMaxVoltageV,
                     Integer evMaxPowerW, Integer stateOfCharge, Integer evEnergyCapacityWh, Integer maxScheduleTuples,
                     Instant receivedAt) {
        static NeedsView of(EvChargingNeeds n) {
            return new NeedsView(n.evseId(), n.transactionId(), n.energyTransfer(), n.departureTime(),
                    n.energyAmountWh(), n.evMinCurrentA(), n.evMaxCurrentA(), n.evMaxVoltageV(), n.evMaxPowerW(),
                    n.stateOfChargePercent(), n.evEnergyCapacityWh(), n.maxScheduleTuples(), n.receivedAt());
        }
    }

    record EvScheduleView(int evseId, Long transactionId, Instant timeBase, ScheduleView chargingSchedule,
                          Instant receivedAt) {
        static EvScheduleView of(EvChargingSchedule s) {
            return new EvScheduleView(s.evseId(), s.transactionId(), s.timeBase(), ScheduleView.of(s.schedule()),
                    s.receivedAt());
        }
    }

    record ReportedView(int requestId, int evseId, String chargingLimitSource, int id, int stackLevel,
                        String chargingProfilePurpose, String chargingProfileKind, String recurrencyKind,
                        Instant validFrom, Instant validTo, String transactionId, List<ScheduleView> chargingSchedule,
                        Instant reportedAt) {
        static ReportedView of(ReportedChargingProfile p) {
            return new ReportedView(p.requestId(), p.evseId(), p.source(), p.profileId(), p.stackLevel(), p.purpose(),
                    p.kind(), p.recurrency(), p.validFrom(), p.validTo(), p.transactionId(),
                    p.schedules().stream().map(ScheduleView::of).toList(), p.reportedAt());
        }
    }

    private void limits(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Boolean includeCleared = new QueryParameters(ctx, errors).bool("includeCleared");
        errors.throwIfAny();

        stations.get(station);
        ctx.json(Map.of("items", reports.limits(station, Boolean.TRUE.equals(includeCleared), SHOWN).stream()
                .map(LimitView::of).toList()));
    }

    private void needs(Context ctx) {
        StationId station = knownStation(ctx);
        ctx.json(Map.of("items", reports.needs(station, SHOWN).stream().map(NeedsView::of).toList()));
    }

    private void evSchedules(Context ctx) {
        StationId station = knownStation(ctx);
        ctx.json(Map.of("items", reports.evSchedules(station, SHOWN).stream().map(EvScheduleView::of).toList()));
    }

    private void reported(Context ctx) {
        StationId station = knownStation(ctx);
        ctx.json(Map.of("items", reports.latestReportedProfiles(station).stream().map(ReportedView::of).toList()));
    }

    private StationId knownStation(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();
        stations.get(station);
        return station;
    }
}
