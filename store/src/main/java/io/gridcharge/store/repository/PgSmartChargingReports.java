package io.gridcharge.store.repository;

import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.CompositePeriod;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.EvChargingNeeds;
import io.gridcharge.domain.energy.EvChargingSchedule;
import io.gridcharge.domain.energy.ExternalChargingLimit;
import io.gridcharge.domain.energy.ReportedChargingProfile;
import io.gridcharge.domain.energy.SmartChargingReportRepository;
import io.gridcharge.domain.station.StationId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link SmartChargingReportRepository} on PostgreSQL: tables external_charging_limits, ev_charging_needs,
 * ev_charging_schedules, reported_charging_profiles, and reported_charging_schedules for the schedules of all three.
 */
public final class PgSmartChargingReports implements SmartChargingReportRepository {
    private static final String NEEDS_COLUMNS = """
            station_id, evse_id, transaction_id, energy_transfer, departure_time, energy_amount_wh,
            ev_min_current_a, ev_max_current_a, ev_max_voltage_v, ev_max_power_w, state_of_charge,
            ev_energy_capacity_wh, max_schedule_tuples, received_at""";

    private final Jdbi jdbi;

    public PgSmartChargingReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ExternalChargingLimit addLimit(ExternalChargingLimit limit) {
        return jdbi.inTransaction(handle -> {
            clearLimits(handle, limit.stationId(), limit.evseId(), limit.source(), limit.reportedAt());
            long id = handle.createUpdate("""
                            INSERT INTO external_charging_limits (station_id, evse_id, source, grid_critical,
                                reported_at)
                            VALUES (:stationId, :evseId, :source, :gridCritical, :reportedAt)""")
                    .bind("stationId", limit.stationId().value())
                    .bind("evseId", limit.evseId())
                    .bind("source", limit.source())
                    .bind("gridCritical", limit.gridCritical())
                    .bind("reportedAt", limit.reportedAt())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertSchedules(handle, "limit_id", id, limit.schedules());
            return new ExternalChargingLimit(id, limit.stationId(), limit.evseId(), limit.source(),
                    limit.gridCritical(), limit.schedules(), limit.reportedAt(), null);
        });
    }

    @Override
    public int clearLimits(StationId stationId, int evseId, String source, Instant at) {
        return jdbi.inTransaction(handle -> clearLimits(handle, stationId, evseId, source, at));
    }

    private static int clearLimits(Handle handle, StationId stationId, int evseId, String source, Instant at) {
        return handle.createUpdate("""
                        UPDATE external_charging_limits SET cleared_at = :at
                        WHERE station_id = :stationId AND evse_id = :evseId AND source = :source
                          AND cleared_at IS NULL""")
                .bind("stationId", stationId.value())
                .bind("evseId", evseId)
                .bind("source", source)
                .bind("at", at)
                .execute();
    }

    @Override
    public List<ExternalChargingLimit> limits(StationId stationId, boolean includeCleared, int limit) {
        return jdbi.inTransaction(handle -> {
            List<ExternalChargingLimit> rows = handle.createQuery("""
                            SELECT id, station_id, evse_id, source, grid_critical, reported_at, cleared_at
                            FROM external_charging_limits
                            WHERE station_id = :stationId AND (:includeCleared OR cleared_at IS NULL)
                            ORDER BY reported_at DESC, id DESC LIMIT :limit""")
                    .bind("stationId", stationId.value())
                    .bind("includeCleared", includeCleared)
                    .bind("limit", limit)
                    .map((row, ctx) -> new ExternalChargingLimit(row.getLong("id"), stationId, row.getInt("evse_id"),
                            row.getString("source"), row.getBoolean("grid_critical"), List.of(),
                            Columns.instant(row, "reported_at"), Columns.instant(row, "cleared_at")))
                    .list();
            Map<Long, List<CompositeSchedule>> schedules = schedulesOf(handle, "limit_id",
                    rows.stream().map(ExternalChargingLimit::id).toList());
            return rows.stream().map(l -> new ExternalChargingLimit(l.id(), l.stationId(), l.evseId(), l.source(),
                    l.gridCritical(), schedules.getOrDefault(l.id(), List.of()), l.reportedAt(), l.clearedAt()))
                    .toList();
        });
    }

    @Override
    public void addNeeds(EvChargingNeeds needs) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO ev_charging_needs (" + NEEDS_COLUMNS + """
                        ) VALUES (:stationId, :evseId, :transactionId, :energyTransfer, :departureTime, :energyAmountWh,
                            :evMinCurrentA, :evMaxCurrentA, :evMaxVoltageV, :evMaxPowerW, :stateOfChargePercent,
                            :evEnergyCapacityWh, :maxScheduleTuples, :receivedAt)""")
                .bind("stationId", needs.stationId().value())
                .bindMethods(needs)
                .execute());
    }

    @Override
    public Optional<EvChargingNeeds> latestNeeds(StationId stationId, int evseId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + NEEDS_COLUMNS + """
                         FROM ev_charging_needs WHERE station_id = :stationId AND evse_id = :evseId
                        ORDER BY received_at DESC, id DESC LIMIT 1""")
                .bind("stationId", stationId.value())
                .bind("evseId", evseId)
                .map((row, ctx) -> needs(row))
                .findOne());
    }

    @Override
    public List<EvChargingNeeds> needs(StationId stationId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + NEEDS_COLUMNS + """
                         FROM ev_charging_needs WHERE station_id = :stationId
                        ORDER BY received_at DESC, id DESC LIMIT :limit""")
                .bind("stationId", stationId.value())
                .bind("limit", limit)
                .map((row, ctx) -> needs(row))
                .list());
    }

    private static EvChargingNeeds needs(ResultSet row) throws SQLException {
        return new EvChargingNeeds(StationId.of(row.getString("station_id")), row.getInt("evse_id"),
                Columns.nullableLong(row, "transaction_id"), row.getString("energy_transfer"),
                Columns.instant(row, "departure_time"), Columns.nullableInt(row, "energy_amount_wh"),
                Columns.nullableInt(row, "ev_min_current_a"), Columns.nullableInt(row, "ev_max_current_a"),
                Columns.nullableInt(row, "ev_max_voltage_v"), Columns.nullableInt(row, "ev_max_power_w"),
                Columns.nullableInt(row, "state_of_charge"), Columns.nullableInt(row, "ev_energy_capacity_wh"),
                Columns.nullableInt(row, "max_schedule_tuples"), Columns.instant(row, "received_at"));
    }

    @Override
    public void addEvSchedule(EvChargingSchedule schedule) {
        jdbi.useTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO ev_charging_schedules (station_id, evse_id, transaction_id, time_base,
                                received_at)
                            VALUES (:stationId, :evseId, :transactionId, :timeBase, :receivedAt)""")
                    .bind("stationId", schedule.stationId().value())
                    .bind("evseId", schedule.evseId())
                    .bind("transactionId", schedule.transactionId())
                    .bind("timeBase", schedule.timeBase())
                    .bind("receivedAt", schedule.receivedAt())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertSchedules(handle, "ev_schedule_id", id, List.of(schedule.schedule()));
        });
    }

    @Override
    public List<EvChargingSchedule> evSchedules(StationId stationId, int limit) {
        return jdbi.inTransaction(handle -> {
            record Row(long id, int evseId, Long transactionId, Instant timeBase, Instant receivedAt) {
            }
            List<Row> rows = handle.createQuery("""
                            SELECT id, evse_id, transaction_id, time_base, received_at FROM ev_charging_schedules
                            WHERE station_id = :stationId ORDER BY received_at DESC, id DESC LIMIT :limit""")
                    .bind("stationId", stationId.value())
                    .bind("limit", limit)
                    .map((row, ctx) -> new Row(row.getLong("id"), row.getInt("evse_id"),
                            Columns.nullableLong(row, "transaction_id"), Columns.instant(row, "time_base"),
                            Columns.instant(row, "received_at")))
                    .list();
            Map<Long, List<CompositeSchedule>> schedules = schedulesOf(handle, "ev_schedule_id",
                    rows.stream().map(Row::id).toList());
            return rows.stream().map(r -> new EvChargingSchedule(stationId, r.evseId(), r.transactionId(),
                    r.timeBase(), schedules.get(r.id()).getFirst(), r.receivedAt())).toList();
        });
    }

    /** Replacing a profile reported again for the same request and EVSE takes its schedules with it (cascade). */
    @Override
    public void addReportedProfiles(List<ReportedChargingProfile> profiles) {
        jdbi.useTransaction(handle -> {
            for (ReportedChargingProfile p : profiles) {
                handle.createUpdate("""
                                DELETE FROM reported_charging_profiles WHERE station_id = :stationId
                                  AND request_id = :requestId AND evse_id = :evseId AND profile_id = :profileId""")
                        .bind("stationId", p.stationId().value())
                        .bindMethods(p)
                        .execute();
                long id = handle.createUpdate("""
                                INSERT INTO reported_charging_profiles (station_id, request_id, evse_id, profile_id,
                                    source, stack_level, purpose, kind, recurrency, valid_from, valid_to,
                                    transaction_id, reported_at)
                                VALUES (:stationId, :requestId, :evseId, :profileId, :source, :stackLevel, :purpose,
                                    :kind, :recurrency, :validFrom, :validTo, :transactionId, :reportedAt)""")
                        .bind("stationId", p.stationId().value())
                        .bindMethods(p)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                insertSchedules(handle, "profile_row_id", id, p.schedules());
            }
        });
    }

    @Override
    public List<ReportedChargingProfile> latestReportedProfiles(StationId stationId) {
        return jdbi.inTransaction(handle -> {
            Map<Long, ReportedChargingProfile> rows = new java.util.LinkedHashMap<>();
            handle.createQuery("""
                            SELECT * FROM reported_charging_profiles
                            WHERE station_id = :stationId AND request_id = (
                                SELECT request_id FROM reported_charging_profiles WHERE station_id = :stationId
                                ORDER BY reported_at DESC, id DESC LIMIT 1)
                            ORDER BY evse_id, profile_id""")
                    .bind("stationId", stationId.value())
                    .map((row, ctx) -> Map.entry(row.getLong("id"), new ReportedChargingProfile(stationId,
                            row.getInt("request_id"), row.getInt("evse_id"), row.getString("source"),
                            row.getInt("profile_id"), row.getInt("stack_level"), row.getString("purpose"),
                            row.getString("kind"), row.getString("recurrency"), Columns.instant(row, "valid_from"),
                            Columns.instant(row, "valid_to"), row.getString("transaction_id"), List.of(),
                            Columns.instant(row, "reported_at"))))
                    .forEach(e -> rows.put(e.getKey(), e.getValue()));
            Map<Long, List<CompositeSchedule>> schedules = schedulesOf(handle, "profile_row_id",
                    List.copyOf(rows.keySet()));
            List<ReportedChargingProfile> profiles = new ArrayList<>();
            rows.forEach((id, p) -> profiles.add(new ReportedChargingProfile(p.stationId(), p.requestId(), p.evseId(),
                    p.source(), p.profileId(), p.stackLevel(), p.purpose(), p.kind(), p.recurrency(), p.validFrom(),
                    p.validTo(), p.transactionId(), schedules.getOrDefault(id, List.of()), p.reportedAt())));
            return profiles;
        });
    }

    private static void insertSchedules(Handle handle, String owner, long ownerId, List<CompositeSchedule> schedules) {
        for (int position = 0; position < schedules.size(); position++) {
            CompositeSchedule schedule = schedules.get(position);
            List<CompositePeriod> periods = schedule.periods();
            handle.createUpdate("INSERT INTO reported_charging_schedules (" + owner + """
                            , position, start_schedule, duration, unit, period_starts, period_limits, period_phases)
                            VALUES (:ownerId, :position, :start, :duration, :unit, :starts,
                                CAST(:limits AS numeric[]), :phases)""")
                    .bind("ownerId", ownerId)
                    .bind("position", position)
                    .bind("start", schedule.start())
                    .bind("duration", schedule.durationSeconds())
                    .bind("unit", schedule.unit().name())
                    .bindArray("starts", Integer.class, periods.stream().map(CompositePeriod::startPeriod).toList())
                    .bindArray("limits", String.class, periods.stream()
                            .map(p -> p.limit() == null ? null : p.limit().toPlainString()).toList())
                    .bindArray("phases", Integer.class, periods.stream().map(CompositePeriod::numberPhases).toList())
                    .execute();
        }
    }

    private static Map<Long, List<CompositeSchedule>> schedulesOf(Handle handle, String owner, List<Long> ownerIds) {
        Map<Long, List<CompositeSchedule>> schedules = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return schedules;
        }
        handle.createQuery("SELECT " + owner + " AS owner, start_schedule, duration, unit, period_starts, "
                        + "period_limits, period_phases FROM reported_charging_schedules WHERE " + owner
                        + " = ANY(:ids) ORDER BY " + owner + ", position")
                .bindArray("ids", Long.class, ownerIds)
                .map((row, ctx) -> Map.entry(row.getLong("owner"), schedule(row)))
                .forEach(e -> schedules.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return schedules;
    }

    private static CompositeSchedule schedule(ResultSet row) throws SQLException {
        Integer[] starts = (Integer[]) row.getArray("period_starts").getArray();
        BigDecimal[] limits = (BigDecimal[]) row.getArray("period_limits").getArray();
        Integer[] phases = (Integer[]) row.getArray("period_phases").getArray();
        List<CompositePeriod> periods = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            periods.add(new CompositePeriod(starts[i], limits[i], phases[i]));
        }
        return new CompositeSchedule(Columns.instant(row, "start_schedule"), Columns.nullableInt(row, "duration"),
                ChargingRateUnit.valueOf(row.getString("unit")), periods);
    }
}
