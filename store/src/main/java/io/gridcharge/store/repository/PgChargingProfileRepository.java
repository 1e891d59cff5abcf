package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;
import static io.gridcharge.store.repository.Columns.nullableInt;
import static io.gridcharge.store.repository.Columns.nullableLong;

import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingProfileKind;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingProfileRepository;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ChargingSchedule;
import io.gridcharge.domain.energy.ChargingSchedulePeriod;
import io.gridcharge.domain.energy.InstalledChargingProfile;
import io.gridcharge.domain.energy.RecurrencyKind;
import io.gridcharge.domain.energy.StationChargingProfiles;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** {@link ChargingProfileRepository} on PostgreSQL: tables {@code charging_profiles} and their periods. */
public final class PgChargingProfileRepository implements ChargingProfileRepository {
    private final Jdbi jdbi;

    public PgChargingProfileRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public StationChargingProfiles of(StationId stationId) {
        // Most stations hold no profile, and every stopped transaction asks (TxProfiles end with it): one
        // statement says so, without the transaction that reads profiles and periods together.
        boolean holdsAny = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM charging_profiles WHERE station_id = :stationId)")
                .bind("stationId", stationId.value())
                .mapTo(Boolean.class)
                .one());
        if (!holdsAny) {
            return new StationChargingProfiles(stationId, List.of());
        }
        return jdbi.inTransaction(handle -> {
            Map<Integer, List<ChargingSchedulePeriod>> periods = handle.createQuery("""
                            SELECT profile_id, start_period, limit_value, number_phases FROM charging_schedule_periods
                            WHERE station_id = :stationId ORDER BY profile_id, start_period""")
                    .bind("stationId", stationId.value())
                    .map((row, ctx) -> Map.entry(row.getInt("profile_id"), new ChargingSchedulePeriod(
                            row.getInt("start_period"), row.getBigDecimal("limit_value"),
                            nullableInt(row, "number_phases"))))
                    .stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey,
                            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            List<InstalledChargingProfile> profiles = handle.createQuery("""
                            SELECT * FROM charging_profiles WHERE station_id = :stationId""")
                    .bind("stationId", stationId.value())
                    .map((row, ctx) -> installedOf(row, periods.get(row.getInt("profile_id"))))
                    .list();
            return new StationChargingProfiles(stationId, profiles);
        });
    }

    @Override
    public void save(StationChargingProfiles profiles) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM charging_profiles WHERE station_id = :stationId")
                    .bind("stationId", profiles.stationId().value())
                    .execute();
            insert(handle, profiles.stationId(), profiles.profiles());
        });
    }

    private static void insert(Handle handle, StationId stationId, List<InstalledChargingProfile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        PreparedBatch rows = handle.prepareBatch("""
                INSERT INTO charging_profiles (station_id, profile_id, connector_id, stack_level, purpose, kind,
                    recurrency, valid_from, valid_to, transaction_id, schedule_start, duration_s, rate_unit,
                    min_charging_rate)
                VALUES (:stationId, :profileId, :connectorId, :stackLevel, :purpose, :kind, :recurrency, :validFrom,
                    :validTo, :transactionId, :scheduleStart, :duration, :unit, :minChargingRate)""");
        PreparedBatch periodRows = handle.prepareBatch("""
                INSERT INTO charging_schedule_periods (station_id, profile_id, start_period, limit_value, number_phases)
                VALUES (:stationId, :profileId, :startPeriod, :limit, :numberPhases)""");
        for (InstalledChargingProfile installed : profiles) {
            ChargingProfile profile = installed.profile();
            ChargingSchedule schedule = profile.schedule();
            rows.bind("stationId", stationId.value())
                    .bind("profileId", profile.id())
                    .bind("connectorId", installed.connectorId())
                    .bind("stackLevel", profile.stackLevel())
                    .bind("purpose", name(profile.purpose()))
                    .bind("kind", name(profile.kind()))
                    .bind("recurrency", name(profile.recurrency()))
                    .bind("validFrom", profile.validFrom())
                    .bind("validTo", profile.validTo())
                    .bind("transactionId", profile.transactionId())
                    .bind("scheduleStart", schedule.startSchedule())
                    .bind("duration", schedule.durationSeconds())
                    .bind("unit", name(schedule.unit()))
                    .bind("minChargingRate", schedule.minChargingRate())
                    .add();
            for (ChargingSchedulePeriod period : schedule.periods()) {
                periodRows.bind("stationId", stationId.value())
                        .bind("profileId", profile.id())
                        .bind("startPeriod", period.startPeriod())
                        .bind("limit", period.limit())
                        .bind("numberPhases", period.numberPhases())
                        .add();
            }
        }
        rows.execute();
        periodRows.execute();
    }

    private static InstalledChargingProfile installedOf(ResultSet row, List<ChargingSchedulePeriod> periods)
            throws SQLException {
        ChargingSchedule schedule = new ChargingSchedule(instant(row, "schedule_start"), nullableInt(row, "duration_s"),
                enumValue(row, "rate_unit", ChargingRateUnit.class), periods == null ? new ArrayList<>() : periods,
                row.getBigDecimal("min_charging_rate"));
        ChargingProfile profile = new ChargingProfile(row.getInt("profile_id"), row.getInt("stack_level"),
                enumValue(row, "purpose", ChargingProfilePurpose.class),
                enumValue(row, "kind", ChargingProfileKind.class),
                enumValue(row, "recurrency", RecurrencyKind.class), instant(row, "valid_from"),
                instant(row, "valid_to"), nullableLong(row, "transaction_id"), schedule);
        return new InstalledChargingProfile(row.getInt("connector_id"), profile);
    }
}
