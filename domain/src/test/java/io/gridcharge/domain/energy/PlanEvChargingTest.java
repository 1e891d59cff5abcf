package io.gridcharge.domain.energy;

import static io.gridcharge.domain.energy.Profiles.T0;
import static io.gridcharge.domain.energy.Profiles.aStationMax;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryChargingProfiles;
import io.gridcharge.domain.testing.InMemorySmartChargingReports;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner's answer to an EV's needs (K15-K17): the TxProfile it sends, and how it judges the EV's plan. */
class PlanEvChargingTest {
    private static final StationId STATION = StationId.of("CP-1");

    private final Fakes.ManualClock clock = new Fakes.ManualClock(T0);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemorySmartChargingReports reports = new InMemorySmartChargingReports();
    private final InstalledProfiles installed = new InstalledProfiles(new InMemoryChargingProfiles());
    private final ScriptedStationCommands station = new ScriptedStationCommands();
    private final InstallChargingProfile install = new InstallChargingProfile(station, installed, transactions);
    private final PlanEvCharging planner = new PlanEvCharging(
            new RecordSmartChargingReports(reports, transactions, clock), install, installed, clock);

    private static EvChargingNeeds ac(Integer maxCurrent) {
        return new EvChargingNeeds(STATION, 1, null, "AC_three_phase", null, null, null, maxCurrent, null, null,
                null, null, null, null);
    }

    private static CompositeSchedule amperes(int... limits) {
        return new CompositeSchedule(null, null, ChargingRateUnit.AMPERES, java.util.stream.IntStream
                .range(0, limits.length).mapToObj(i -> new CompositePeriod(i * 600, BigDecimal.valueOf(limits[i]),
                        null)).toList());
    }

    @Test
    void needsWithNoTransactionOnTheEvseAreKeptAndNoScheduleIsSent() {
        boolean scheduled = planner.answer(ac(32));

        assertThat(scheduled).isFalse();
        assertThat(station.sent()).isEmpty();
        assertThat(reports.needs(STATION, 10)).hasSize(1);
    }

    @Test
    void aTransactionsNeedsGetATxProfileFromNowAtTheEvsMaximumWithinTheStationsLimit() {
        install.install(STATION, 0, aStationMax().id(4).period(0, "20").build()).join();
        Transaction running = startOnEvse1();

        assertThat(planner.answer(ac(32))).isTrue();
        planner.answer(ac(16));

        List<StationCommand.SetChargingProfile> sent = station.sent(StationCommand.SetChargingProfile.class);
        ChargingProfile capped = sent.get(1).profile();
        assertThat(capped.purpose()).isEqualTo(ChargingProfilePurpose.TX);
        assertThat(capped.transactionId()).isEqualTo(running.id());
        assertThat(capped.schedule().startSchedule()).isEqualTo(T0);
        assertThat(capped.schedule().periods()).extracting(ChargingSchedulePeriod::limit)
                .containsExactly(new BigDecimal("20"));
        assertThat(sent.get(2).profile().schedule().periods().getFirst().limit()).isEqualTo(new BigDecimal("16"));
        assertThat(sent.get(2).profile().id()).as("a renegotiation replaces the schedule").isEqualTo(capped.id())
                .isEqualTo(5);
        assertThat(installed.of(STATION).profiles()).hasSize(2);
    }

    @Test
    void needsThatSayNoMaximumGetTheDefaultAndADcEvIsGivenWatts() {
        startOnEvse1();

        planner.answer(ac(null));
        planner.answer(new EvChargingNeeds(STATION, 1, null, "DC", null, null, null, 125, 400, 50000, 40, null, null,
                null));

        var sent = station.sent(StationCommand.SetChargingProfile.class);
        assertThat(sent.get(0).profile().schedule().periods().getFirst().limit()).isEqualTo(new BigDecimal("32"));
        assertThat(sent.get(1).profile().schedule().unit()).isEqualTo(ChargingRateUnit.WATTS);
        assertThat(sent.get(1).profile().schedule().periods().getFirst().limit()).isEqualTo(new BigDecimal("50000"));
    }

    @Test
    void anEvPlanWithinTheScheduleIsAcceptedAndOneAboveItIsRefusedAndRenegotiated() {
        startOnEvse1();
        planner.answer(ac(16));

        boolean within = planner.acceptsEvSchedule(STATION, 1, T0, amperes(16, 10));
        boolean above = planner.acceptsEvSchedule(STATION, 1, T0, amperes(10, 20));

        assertThat(within).isTrue();
        assertThat(above).isFalse();
        var sent = station.sent(StationCommand.SetChargingProfile.class);
        assertThat(sent).as("the schedule, then again").hasSize(2);
        assertThat(sent.get(1).profile()).isEqualTo(sent.get(0).profile());
        assertThat(reports.evSchedules(STATION, 10)).hasSize(2);
    }

    @Test
    void anEvPlanIsAcceptedWhereThePlatformGaveNoSchedule() {
        assertThat(planner.acceptsEvSchedule(STATION, 1, T0, amperes(63))).isTrue();
        assertThat(station.sent()).isEmpty();
    }

    private Transaction startOnEvse1() {
        return transactions.start(new NewTransaction(STATION, 1, null, IdToken.of("CARD-1"),
                AuthorizationStatus.ACCEPTED, null, 0, T0.minusSeconds(60)));
    }
}
