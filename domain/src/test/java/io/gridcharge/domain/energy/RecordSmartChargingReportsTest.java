package io.gridcharge.domain.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemorySmartChargingReports;
import io.gridcharge.domain.testing.InMemoryTransactions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSmartChargingReportsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final InMemorySmartChargingReports reports = new InMemorySmartChargingReports();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final Fakes.ManualClock clock = new Fakes.ManualClock(T0);
    private final RecordSmartChargingReports record = new RecordSmartChargingReports(reports, transactions, clock);

    private static CompositeSchedule amperes(int limit) {
        return new CompositeSchedule(null, null, ChargingRateUnit.AMPERES,
                List.of(new CompositePeriod(0, BigDecimal.valueOf(limit), null)));
    }

    @Test
    void aNewLimitFromTheSameSourceOnTheSameEvseEndsTheOneBeforeButNotOthers() {
        record.limitSet(CP_1, 1, "SO", false, List.of(amperes(16)));
        record.limitSet(CP_1, 2, "SO", false, List.of(amperes(20)));
        record.limitSet(CP_1, 1, "EMS", false, List.of());
        clock.advance(Duration.ofMinutes(1));

        record.limitSet(CP_1, 1, "SO", true, List.of(amperes(10)));

        var inForce = reports.limits(CP_1, false, 10);
        assertThat(inForce).extracting(ExternalChargingLimit::evseId, ExternalChargingLimit::source)
                .containsExactly(tuple(1, "SO"),
                        tuple(1, "EMS"), tuple(2, "SO"));
        assertThat(inForce.getFirst().gridCritical()).isTrue();
        assertThat(reports.limits(CP_1, true, 10)).filteredOn(l -> !l.isActive()).singleElement()
                .satisfies(ended -> assertThat(ended.clearedAt()).isEqualTo(T0.plusSeconds(60)));
    }

    @Test
    void aClearedLimitEndsOnlyThatSourceOnThatEvse() {
        record.limitSet(CP_1, 0, "EMS", false, List.of());
        record.limitSet(CP_1, 0, "SO", false, List.of());

        int ended = record.limitCleared(CP_1, 0, "SO");

        assertThat(ended).isEqualTo(1);
        assertThat(reports.limits(CP_1, false, 10)).extracting(ExternalChargingLimit::source).containsExactly("EMS");
        assertThat(record.limitCleared(CP_1, 0, "SO")).as("nothing left to clear").isZero();
    }

    @Test
    void anEvsNeedsAreKeptAgainstTheTransactionRunningOnItsEvseForThePlanner() {
        long running = transactions.start(new NewTransaction(CP_1, 2, "TX-2", IdToken.of("CARD-1"),
                AuthorizationStatus.ACCEPTED, null, 0, T0)).id();
        Instant departure = T0.plusSeconds(3 * 3600);

        record.needs(new EvChargingNeeds(CP_1, 2, null, "AC_three_phase", departure, 24000, 6, 32, 400, null, null,
                null, 12, null));
        record.needs(new EvChargingNeeds(CP_1, 1, null, "DC", null, 10000, null, 125, 500, 50000, 40, 77000, null,
                null));

        EvChargingNeeds onEvse2 = reports.latestNeeds(CP_1, 2).orElseThrow();
        assertThat(onEvse2.transactionId()).isEqualTo(running);
        assertThat(onEvse2.departureTime()).isEqualTo(departure);
        assertThat(onEvse2.energyAmountWh()).isEqualTo(24000);
        assertThat(onEvse2.receivedAt()).isEqualTo(T0);
        assertThat(reports.latestNeeds(CP_1, 1).orElseThrow().transactionId()).as("nothing runs on EVSE 1").isNull();
    }

    @Test
    void reportedProfilesAreStampedAndTheLatestReportIsWhatIsRead() {
        record.profilesReported(List.of(reported(1, 5)));
        clock.advance(Duration.ofMinutes(1));
        record.profilesReported(List.of(reported(2, 6), reported(2, 7)));

        assertThat(reports.latestReportedProfiles(CP_1)).extracting(ReportedChargingProfile::profileId)
                .containsExactly(6, 7);
        assertThat(reports.latestReportedProfiles(CP_1)).allSatisfy(p ->
                assertThat(p.reportedAt()).isEqualTo(T0.plusSeconds(60)));
    }

    private static ReportedChargingProfile reported(int requestId, int profileId) {
        return new ReportedChargingProfile(CP_1, requestId, 1, "CSO", profileId, 0, "TxDefaultProfile", "Absolute",
                null, null, null, null, List.of(amperes(16)), null);
    }
}
