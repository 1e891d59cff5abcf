package io.gridcharge.sim.ocpp201;

import static io.gridcharge.sim.charger.Fixtures.NOON;
import static io.gridcharge.sim.charger.Fixtures.aVisit;
import static io.gridcharge.sim.charger.Fixtures.anAcCharger;
import static io.gridcharge.sim.charger.Fixtures.runMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.gridcharge.ocpp.v201.transactions.ChargingStateEnumType;
import io.gridcharge.ocpp.v201.transactions.ReasonEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.transactions.TriggerReasonEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import io.gridcharge.ocpp.v201.types.MeasurandEnumType;
import io.gridcharge.ocpp.v201.types.MeterValueType;
import io.gridcharge.ocpp.v201.types.ReadingContextEnumType;
import io.gridcharge.ocpp.v201.types.SampledValueType;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.ChargingLimits;
import io.gridcharge.sim.charger.ConnectorState;
import io.gridcharge.sim.charger.StationEvents;
import io.gridcharge.sim.charger.StopReason;
import io.gridcharge.sim.charger.Transaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** OCPP 2.0.1 E01-E07: a charge on the simulated wallbox, as the TransactionEvents its station sends. */
class TransactionEventsTellTheChargeTest {
    private final TransactionEvents events = new TransactionEvents();
    private final List<TransactionEventRequest> sent = new ArrayList<>();
    private final ChargerModel charger = anAcCharger("CP", 2);
    private boolean offline;

    /** The model's events as the station turns them into TransactionEvents, with no network in between. */
    private final StationEvents station = new StationEvents() {
        @Override
        public void statusChanged(int connectorId, ConnectorState state, Instant at) {
            charger.transactionOn(connectorId).flatMap(t -> events.stateChanged(t, state, at, offline))
                    .ifPresent(sent::add);
        }

        @Override
        public void transactionStarted(Transaction transaction) {
            sent.add(events.started(transaction, null, offline));
        }

        @Override
        public void meterSample(Transaction transaction, Instant at, long registerWh, double powerW, double soc) {
            sent.add(events.sampled(transaction, at, registerWh, powerW, soc, offline));
        }

        @Override
        public void transactionStopped(Transaction transaction, long meterStopWh, Instant at, StopReason reason) {
            sent.add(events.ended(transaction, meterStopWh, at, reason, offline));
        }
    };

    @Test
    void aChargeIsStartedUpdatedAndEndedUnderTheStationsOwnIdNumberedFromZero() {
        charger.attach(station, ChargingLimits.NONE);
        charger.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        charger.unplugAll(runMinutes(charger, NOON, 12));

        var done = charger.completedTransactions().getFirst();
        TransactionEventRequest started = sent.getFirst();
        TransactionEventRequest ended = sent.getLast();
        assertThat(sent).extracting(TransactionEventRequest::eventType, TransactionEventRequest::triggerReason,
                TransactionEventRequest::seqNo).containsExactly(
                tuple(TransactionEventEnumType.Started, TriggerReasonEnumType.Authorized, 0),
                tuple(TransactionEventEnumType.Updated, TriggerReasonEnumType.MeterValuePeriodic, 1),
                tuple(TransactionEventEnumType.Updated, TriggerReasonEnumType.MeterValuePeriodic, 2),
                tuple(TransactionEventEnumType.Ended, TriggerReasonEnumType.StopAuthorized, 3));
        assertThat(sent).extracting(e -> e.transactionInfo().transactionId()).containsOnly(
                UUID.fromString(started.transactionInfo().transactionId()).toString());
        assertThat(events.idOf(done.transaction().localId())).contains(started.transactionInfo().transactionId());
        assertThat(started.idToken().idToken()).isEqualTo("TAG-A");
        assertThat(started.idToken().type()).isEqualTo(IdTokenEnumType.ISO14443);
        assertThat(started.evse().id()).isEqualTo(1);
        assertThat(started.evse().connectorId()).isEqualTo(1);
        assertThat(register(started.meterValue().getFirst(), ReadingContextEnumType.Transaction_Begin))
                .isEqualTo(done.transaction().meterStartWh());
        assertThat(ended.transactionInfo().stoppedReason()).isEqualTo(ReasonEnumType.Local);
        assertThat(register(ended.meterValue().getFirst(), ReadingContextEnumType.Transaction_End))
                .isEqualTo(done.meterStopWh());
        assertThat(sent).allSatisfy(e -> assertThat(e.offline()).isNull());
    }

    @Test
    void aPeriodicSampleCarriesTheRegisterThePowerAndTheCarsStateOfCharge() {
        charger.attach(station, ChargingLimits.NONE);
        charger.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        runMinutes(charger, NOON, 5); // the sample interval: the last step ends with a sample

        MeterValueType sample = sent.get(1).meterValue().getFirst();

        assertThat(sample.sampledValue()).extracting(SampledValueType::measurand, SampledValueType::value,
                v -> v.unitOfMeasure().unit()).containsExactly(
                tuple(MeasurandEnumType.Energy_Active_Import_Register, BigDecimal.valueOf(charger.registerWh(1)), "Wh"),
                tuple(MeasurandEnumType.Power_Active_Import, BigDecimal.valueOf(Math.round(charger.powerW(1))), "W"),
                tuple(MeasurandEnumType.SoC, BigDecimal.valueOf(Math.round(charger.soc(1) * 100)), "Percent"));
        assertThat(sample.sampledValue()).allSatisfy(v ->
                assertThat(v.context()).isEqualTo(ReadingContextEnumType.Sample_Periodic));
        assertThat(charger.powerW(1)).isPositive();
    }

    @Test
    void eachTransactionHasItsOwnIdAndCountsFromZeroAgain() {
        charger.attach(station, ChargingLimits.NONE);
        charger.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        charger.plugIn(aVisit("B", 0.2, 40_000, Duration.ofHours(8)), NOON);

        assertThat(sent).extracting(TransactionEventRequest::seqNo).containsExactly(0, 0);
        assertThat(sent).extracting(e -> e.evse().id()).containsExactly(1, 2);
        assertThat(sent.get(0).transactionInfo().transactionId())
                .isNotEqualTo(sent.get(1).transactionInfo().transactionId());
    }

    @Test
    void eventsOfAnOutageSayTheyHappenedOffline() {
        charger.attach(station, ChargingLimits.NONE);
        charger.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        offline = true;
        Instant at = runMinutes(charger, NOON, 6);
        offline = false;
        runMinutes(charger, at, 5);

        assertThat(sent).extracting(TransactionEventRequest::seqNo, TransactionEventRequest::offline)
                .containsExactly(tuple(0, null), tuple(1, true), tuple(2, null));
    }

    @Test
    void aRemoteStartIsToldAsSuchWithItsRemoteStartId() {
        charger.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        Transaction running = charger.transactionOn(1).orElseThrow();

        var started = events.started(running, new TransactionEvents.RemoteStart(77, "TAG-A"), false);

        assertThat(started.triggerReason()).isEqualTo(TriggerReasonEnumType.RemoteStart);
        assertThat(started.transactionInfo().remoteStartId()).isEqualTo(77);
    }

    @Test
    void aCarThatPausesChangesTheChargingStateOnceAndAResetEndsTheTransactionAsOne() {
        charger.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        Transaction running = charger.transactionOn(1).orElseThrow();
        events.started(running, null, false);

        var paused = events.stateChanged(running, ConnectorState.SUSPENDED_EVSE, NOON, false);
        var again = events.stateChanged(running, ConnectorState.SUSPENDED_EVSE, NOON, false);
        var ended = events.ended(running, 5_000, NOON, StopReason.HARD_RESET, false);

        assertThat(paused).get().satisfies(e -> {
            assertThat(e.triggerReason()).isEqualTo(TriggerReasonEnumType.ChargingStateChanged);
            assertThat(e.transactionInfo().chargingState()).isEqualTo(ChargingStateEnumType.SuspendedEVSE);
            assertThat(e.seqNo()).isEqualTo(1);
        });
        assertThat(again).isEmpty();
        assertThat(ended.triggerReason()).isEqualTo(TriggerReasonEnumType.ResetCommand);
        assertThat(ended.transactionInfo().stoppedReason()).isEqualTo(ReasonEnumType.ImmediateReset);
        assertThat(ended.seqNo()).isEqualTo(2);
    }

    private static long register(MeterValueType value, ReadingContextEnumType context) {
        SampledValueType register = value.sampledValue().stream()
                .filter(v -> v.measurand() == MeasurandEnumType.Energy_Active_Import_Register).findFirst().orElseThrow();
        assertThat(register.context()).isEqualTo(context);
        return register.value().longValueExact();
    }
}
