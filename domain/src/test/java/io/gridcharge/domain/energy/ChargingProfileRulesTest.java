package io.gridcharge.domain.energy;

import static io.gridcharge.domain.energy.Profiles.T0;
import static io.gridcharge.domain.energy.Profiles.aStationMax;
import static io.gridcharge.domain.energy.Profiles.aTxDefault;
import static io.gridcharge.domain.energy.Profiles.aTxProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of OCPP 1.6 §3.13 and §7.8 that the schema leaves to prose, held by the profile's constructors. */
class ChargingProfileRulesTest {

    @Test
    void aTransactionIdIsForATxProfileOnly() {
        assertThat(aTxProfile().forTransaction(7).build().transactionId()).isEqualTo(7L);
        assertRejected(() -> aTxDefault().forTransaction(7).build(), "transactionId");
    }

    @Test
    void aChargePointMaxProfileSitsOnConnectorZeroOnly() {
        assertThat(aStationMax().on(0).connectorId()).isZero();
        assertRejected(() -> aStationMax().on(1), "connectorId");
    }

    @Test
    void aTxProfileSitsOnARealConnector() {
        assertRejected(() -> aTxProfile().on(0), "connectorId");
    }

    @Test
    void periodsStartAtZeroAndEachStartsLaterThanTheOneBefore() {
        assertRejected(() -> aTxDefault().period(60, "16").build(), "chargingSchedulePeriod[0].startPeriod");
        assertRejected(() -> aTxDefault().period(0, "16").period(600, "10").period(600, "8").build(),
                "chargingSchedulePeriod[2].startPeriod");
    }

    @Test
    void aPeriodStartsWithinTheScheduleDuration() {
        assertRejected(() -> aTxDefault().lasting(600).period(0, "16").period(600, "8").build(),
                "chargingSchedulePeriod[1].startPeriod");
    }

    @Test
    void aRecurringProfileNeedsItsKindAndOnlyItHasOne() {
        assertRejected(() -> new ChargingProfile(1, 0, ChargingProfilePurpose.TX_DEFAULT, ChargingProfileKind.RECURRING,
                null, null, null, null, aTxDefault().build().schedule()), "recurrencyKind");
        assertRejected(() -> new ChargingProfile(1, 0, ChargingProfilePurpose.TX_DEFAULT, ChargingProfileKind.ABSOLUTE,
                RecurrencyKind.DAILY, null, null, null, aTxDefault().build().schedule()), "recurrencyKind");
    }

    @Test
    void aDailyScheduleLastsADayAtMost() {
        assertRejected(() -> aTxDefault().recurring(RecurrencyKind.DAILY).lasting(86_401).build(),
                "chargingSchedule.duration");
        assertThat(aTxDefault().recurring(RecurrencyKind.WEEKLY).lasting(86_401).build().recurrency())
                .isEqualTo(RecurrencyKind.WEEKLY);
    }

    @Test
    void aRelativeScheduleHasNoStartAndTheOthersHaveOne() {
        assertRejected(() -> aTxDefault().relative().startingAt(T0).build(), "chargingSchedule.startSchedule");
        assertRejected(() -> aTxDefault().startingAt(null).build(), "chargingSchedule.startSchedule");
    }

    @Test
    void aChargePointMaxProfileIsNeverRelative() {
        assertThat(aTxDefault().relative().build().kind()).isEqualTo(ChargingProfileKind.RELATIVE);
        assertRejected(() -> aStationMax().relative().build(), "chargingProfileKind");
    }

    @Test
    void theValidityWindowIsNotEmpty() {
        assertRejected(() -> aTxDefault().validBetween(T0, T0).build(), "validTo");
    }

    @Test
    void limitsAreNotNegativeAndHaveAtMostOneDecimal() {
        assertThat(aTxDefault().period(0, "7.50").build().schedule().periods().getFirst().limit())
                .isEqualByComparingTo("7.5");
        assertRejected(() -> aTxDefault().period(0, "7.25").build(), "limit");
        assertRejected(() -> aTxDefault().period(0, "-1").build(), "limit");
        assertRejected(() -> aTxDefault().period(0, "16", 4).build(), "numberPhases");
    }

    @Test
    void profileIdsAndStackLevelsAreNotNegative() {
        assertRejected(() -> aTxDefault().id(0).build(), "chargingProfileId");
        assertRejected(() -> aTxDefault().stackLevel(-1).build(), "stackLevel");
    }

    @Test
    void aRemoteStartCarriesATxProfileWithoutTransaction() {
        IdToken card = IdToken.of("CARD-1");
        assertThat(new StationCommand.RemoteStart(1, card, aTxProfile().build()).chargingProfile()).isNotNull();
        assertRejected(() -> new StationCommand.RemoteStart(1, card, aTxDefault().build()),
                "chargingProfile.chargingProfilePurpose");
        assertRejected(() -> new StationCommand.RemoteStart(1, card, aTxProfile().forTransaction(3).build()),
                "chargingProfile.transactionId");
    }

    @Test
    void aScheduleHasAtLeastOnePeriod() {
        assertRejected(() -> new ChargingSchedule(T0, null, ChargingRateUnit.AMPERES, List.of(), BigDecimal.ONE),
                "chargingSchedulePeriod");
    }

    private static void assertRejected(ThrowingCallable make, String field) {
        assertThatThrownBy(make).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
