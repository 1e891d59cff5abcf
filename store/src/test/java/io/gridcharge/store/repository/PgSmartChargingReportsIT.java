package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.aStart;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.CompositePeriod;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.EvChargingNeeds;
import io.gridcharge.domain.energy.EvChargingSchedule;
import io.gridcharge.domain.energy.ExternalChargingLimit;
import io.gridcharge.domain.energy.ReportedChargingProfile;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgSmartChargingReportsIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();
    private static final StationId CP_1 = StationId.of("CP-1");

    private PgSmartChargingReports reports;

    @BeforeEach
    void oneStation() {
        Fixtures.emptyAllTables(db.jdbi());
        new PgStationRepository(db.jdbi()).insert(aStation("CP-1").build());
        reports = new PgSmartChargingReports(db.jdbi());
    }

    private static CompositeSchedule schedule(String... limits) {
        List<CompositePeriod> periods = new ArrayList<>();
        for (int i = 0; i < limits.length; i++) {
            periods.add(new CompositePeriod(i * 900, new BigDecimal(limits[i]), i == 0 ? 3 : null));
        }
        return new CompositeSchedule(minutes(0), 3600, ChargingRateUnit.WATTS, periods);
    }

    @Test
    void aLimitKeepsItsSchedulesAndEndsTheOneBeforeFromTheSameSourceOnTheSameEvse() {
        reports.addLimit(ExternalChargingLimit.reported(CP_1, 1, "SO", false, List.of(schedule("11000")), minutes(0)));
        reports.addLimit(ExternalChargingLimit.reported(CP_1, 0, "SO", false, List.of(), minutes(1)));
        ExternalChargingLimit latest = reports.addLimit(ExternalChargingLimit.reported(CP_1, 1, "SO", true,
                List.of(schedule("7400", "3700.5"), schedule("1000")), minutes(2)));

        List<ExternalChargingLimit> inForce = reports.limits(CP_1, false, 10);

        assertThat(inForce).extracting(ExternalChargingLimit::id).containsExactly(latest.id(), inForce.get(1).id());
        assertThat(inForce.get(1).evseId()).isZero();
        assertThat(inForce.getFirst().schedules()).hasSize(2);
        CompositeSchedule first = inForce.getFirst().schedules().getFirst();
        assertThat(first.periods()).extracting(CompositePeriod::limit)
                .containsExactly(new BigDecimal("7400"), new BigDecimal("3700.5"));
        assertThat(first.periods()).extracting(CompositePeriod::numberPhases).containsExactly(3, null);
        assertThat(first.unit()).isEqualTo(ChargingRateUnit.WATTS);
        assertThat(reports.limits(CP_1, true, 10)).filteredOn(l -> !l.isActive()).singleElement()
                .satisfies(ended -> assertThat(ended.clearedAt()).isEqualTo(minutes(2)));
        assertThat(reports.clearLimits(CP_1, 1, "SO", minutes(3))).isEqualTo(1);
        assertThat(reports.limits(CP_1, false, 10)).extracting(ExternalChargingLimit::evseId).containsExactly(0);
    }

    @Test
    void theLatestNeedsOfAnEvseAreWhatThePlannerReadsWithTheirTransaction() {
        long transaction = new PgTransactionRepository(db.jdbi()).start(aStart("CP-1").build()).id();
        reports.addNeeds(new EvChargingNeeds(CP_1, 1, transaction, "AC_three_phase", minutes(240), 20000, 6, 16, 400,
                null, null, null, 24, minutes(0)));
        reports.addNeeds(new EvChargingNeeds(CP_1, 1, transaction, "DC", minutes(300), 30000, null, 125, 500, 50000,
                35, 77000, null, minutes(1)));

        EvChargingNeeds latest = reports.latestNeeds(CP_1, 1).orElseThrow();

        assertThat(latest.energyTransfer()).isEqualTo("DC");
        assertThat(latest.transactionId()).isEqualTo(transaction);
        assertThat(latest.evMaxPowerW()).isEqualTo(50000);
        assertThat(latest.stateOfChargePercent()).isEqualTo(35);
        assertThat(reports.latestNeeds(CP_1, 2)).isEmpty();
        assertThat(reports.needs(CP_1, 10)).extracting(EvChargingNeeds::energyAmountWh).containsExactly(30000, 20000);
    }

    @Test
    void anEvScheduleIsKeptWithItsPeriods() {
        reports.addEvSchedule(new EvChargingSchedule(CP_1, 2, null, minutes(5), schedule("32", "16"), minutes(6)));

        EvChargingSchedule kept = reports.evSchedules(CP_1, 10).getFirst();

        assertThat(kept.timeBase()).isEqualTo(minutes(5));
        assertThat(kept.schedule().periods()).extracting(CompositePeriod::startPeriod).containsExactly(0, 900);
    }

    @Test
    void reportedProfilesOfTheLatestRequestAreReadAndOneReportedAgainReplacesItself() {
        reports.addReportedProfiles(List.of(reported(1, 0, 3, minutes(0))));
        reports.addReportedProfiles(List.of(reported(2, 1, 5, minutes(1)), reported(2, 0, 9, minutes(1))));
        reports.addReportedProfiles(List.of(reported(2, 1, 5, minutes(2))));

        List<ReportedChargingProfile> latest = reports.latestReportedProfiles(CP_1);

        assertThat(latest).extracting(ReportedChargingProfile::profileId).containsExactly(9, 5);
        assertThat(latest.get(1).reportedAt()).isEqualTo(minutes(2));
        assertThat(latest.get(1).schedules().getFirst().periods()).hasSize(1);
        assertThat(Fixtures.count(db.jdbi(), "reported_charging_schedules")).as("the replaced one's schedule went")
                .isEqualTo(3);
    }

    private static ReportedChargingProfile reported(int requestId, int evseId, int profileId, Instant at) {
        return new ReportedChargingProfile(CP_1, requestId, evseId, "CSO", profileId, 1, "TxDefaultProfile",
                "Absolute", null, null, null, null, List.of(schedule("16")), at);
    }
}
