package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingProfileKind;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ChargingSchedule;
import io.gridcharge.domain.energy.ChargingSchedulePeriod;
import io.gridcharge.domain.energy.ClearCriteria;
import io.gridcharge.domain.energy.InstalledChargingProfile;
import io.gridcharge.domain.energy.RecurrencyKind;
import io.gridcharge.domain.energy.StationChargingProfiles;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgChargingProfileRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final StationId CP1 = StationId.of("CP-1");
    private static final StationId CP2 = StationId.of("CP-2");

    private PgChargingProfileRepository profiles;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        var stations = new PgStationRepository(db.jdbi());
        stations.insert(aStation("CP-1").build());
        stations.insert(aStation("CP-2").build());
        profiles = new PgChargingProfileRepository(db.jdbi());
    }

    @Test
    void aStationWithoutProfilesHoldsNone() {
        assertThat(profiles.of(CP1).profiles()).isEmpty();
    }

    @Test
    void everyFieldOfEveryKindOfProfileIsReadBackAsSaved() {
        var held = new StationChargingProfiles(CP1, List.of(
                new InstalledChargingProfile(0, new ChargingProfile(1, 2, ChargingProfilePurpose.CHARGE_POINT_MAX,
                        ChargingProfileKind.RECURRING, RecurrencyKind.DAILY, T0, minutes(60 * 24 * 30), null,
                        new ChargingSchedule(T0, 3600, ChargingRateUnit.WATTS, List.of(
                                new ChargingSchedulePeriod(0, new BigDecimal("11000"), 3),
                                new ChargingSchedulePeriod(1800, new BigDecimal("7400.5"), 1)),
                                new BigDecimal("1380")))),
                new InstalledChargingProfile(1, new ChargingProfile(2, 0, ChargingProfilePurpose.TX,
                        ChargingProfileKind.RELATIVE, null, null, null, 42L,
                        new ChargingSchedule(null, null, ChargingRateUnit.AMPERES, List.of(
                                new ChargingSchedulePeriod(0, new BigDecimal("16"), null)), null))),
                new InstalledChargingProfile(0, ChargingProfile.absolute(3, 0, ChargingProfilePurpose.TX_DEFAULT,
                        ChargingSchedule.of(ChargingRateUnit.AMPERES, ChargingSchedulePeriod.of(0, "32"))
                                .startingAt(minutes(5))))));

        profiles.save(held);

        assertThat(profiles.of(CP1)).isEqualTo(held);
    }

    @Test
    void savingReplacesWhatTheStationHeldAndLeavesOtherStationsAlone() {
        var first = StationChargingProfiles.none(CP1).install(aTxDefault(1, 0, "16")).install(aTxDefault(2, 1, "10"));
        profiles.save(first);
        profiles.save(StationChargingProfiles.none(CP2).install(aTxDefault(1, 0, "20")));

        profiles.save(first.clear(ClearCriteria.byId(1)));

        assertThat(profiles.of(CP1).profiles()).extracting(p -> p.profile().id()).containsExactly(2);
        assertThat(profiles.of(CP2).profiles()).extracting(p -> p.profile().id()).containsExactly(1);
    }

    @Test
    void aRemovedStationTakesItsProfilesWithIt() {
        profiles.save(StationChargingProfiles.none(CP1).install(aTxDefault(1, 0, "16")));

        db.jdbi().useHandle(handle -> handle.execute("DELETE FROM stations WHERE id = 'CP-1'"));

        assertThat(profiles.of(CP1).profiles()).isEmpty();
        assertThat(Fixtures.count(db.jdbi(), "charging_schedule_periods")).isZero();
    }

    private static InstalledChargingProfile aTxDefault(int id, int stackLevel, String limit) {
        return new InstalledChargingProfile(1, ChargingProfile.absolute(id, stackLevel,
                ChargingProfilePurpose.TX_DEFAULT,
                ChargingSchedule.of(ChargingRateUnit.AMPERES, ChargingSchedulePeriod.of(0, limit)).startingAt(T0)));
    }
}
