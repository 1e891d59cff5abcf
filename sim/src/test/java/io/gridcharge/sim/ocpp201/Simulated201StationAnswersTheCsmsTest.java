package io.gridcharge.sim.ocpp201;

import static io.gridcharge.sim.charger.Fixtures.NOON;
import static io.gridcharge.sim.charger.Fixtures.aVisit;
import static io.gridcharge.sim.charger.Fixtures.anAcCharger;
import static io.gridcharge.sim.charger.Fixtures.runMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.v201.authorization.ClearCacheRequest;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityResponse;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityStatusEnumType;
import io.gridcharge.ocpp.v201.availability.OperationalStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableResultType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesResponse;
import io.gridcharge.ocpp.v201.provisioning.ResetEnumType;
import io.gridcharge.ocpp.v201.provisioning.ResetRequest;
import io.gridcharge.ocpp.v201.provisioning.ResetResponse;
import io.gridcharge.ocpp.v201.provisioning.ResetStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableResultType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesResponse;
import io.gridcharge.ocpp.v201.remotecontrol.MessageTriggerEnumType;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartStopStatusEnumType;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartTransactionRequest;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartTransactionResponse;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStopTransactionRequest;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStopTransactionResponse;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageRequest;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageResponse;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageStatusEnumType;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockConnectorRequest;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockConnectorResponse;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.ChargingProfileStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileResponse;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.v201.smartcharging.SetChargingProfileResponse;
import io.gridcharge.ocpp.v201.types.ChargingProfileKindEnumType;
import io.gridcharge.ocpp.v201.types.ChargingProfilePurposeEnumType;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.ChargingRateUnitEnumType;
import io.gridcharge.ocpp.v201.types.ChargingSchedulePeriodType;
import io.gridcharge.ocpp.v201.types.ChargingScheduleType;
import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.EVSEType;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.StopReason;
import io.gridcharge.sim.link.LinkProfile;
import io.gridcharge.sim.run.SimulationClock;
import io.gridcharge.sim.station.StationLog;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers a 2.0.1 station gives the CSMS without any network: the station is never started. */
class Simulated201StationAnswersTheCsmsTest {
    private final ChargerModel model = anAcCharger("CS", 2);
    private final Ocpp201Station station = new Ocpp201Station(model, URI.create("ws://127.0.0.1:9/ocpp"), null,
            LinkProfile.LAN, 1, SimulationClock.unpaced(NOON), StationLog.SILENT);
    private final Ocpp201Commands commands = station.commands();

    @Test
    void aRemoteStartWaitsForTheCarWhichThenChargesWithTheTokenOfTheStart() {
        var answer = (RequestStartTransactionResponse) commands.handle("RequestStartTransaction",
                new RequestStartTransactionRequest(2, null, IdTokenType.of("APP-1", IdTokenEnumType.Central), 5,
                        null, null));
        model.plugIn(aVisit("A", 0.2, 30_000, Duration.ofHours(4)), NOON);
        model.plugIn(aVisit("B", 0.2, 30_000, Duration.ofHours(4)), NOON);

        assertThat(answer.status()).isEqualTo(RequestStartStopStatusEnumType.Accepted);
        assertThat(model.transactionOn(2).orElseThrow().idTag()).isEqualTo("APP-1");
        assertThat(model.transactionOn(1).orElseThrow().idTag()).isEqualTo("TAG-A");
    }

    @Test
    void aRemoteStopEndsItsOwnTransactionAndRefusesAnUnknownOne() {
        model.plugIn(aVisit("A", 0.2, 30_000, Duration.ofHours(4)), NOON);
        String id = station.transactionId(model.transactionOn(1).orElseThrow().localId()).orElseThrow();

        var unknown = (RequestStopTransactionResponse) commands.handle("RequestStopTransaction",
                RequestStopTransactionRequest.of("no-such-transaction"));
        var stop = (RequestStopTransactionResponse) commands.handle("RequestStopTransaction",
                RequestStopTransactionRequest.of(id));
        runMinutes(model, NOON, 1);

        assertThat(unknown.status()).isEqualTo(RequestStartStopStatusEnumType.Rejected);
        assertThat(stop.status()).isEqualTo(RequestStartStopStatusEnumType.Accepted);
        assertThat(model.completedTransactions().getFirst().reason()).isEqualTo(StopReason.REMOTE);
    }

    @Test
    void aTxDefaultProfileInAmperesLowersTheCarsPowerAndClearingItLiftsTheLimit() {
        model.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        var set = (SetChargingProfileResponse) commands.handle("SetChargingProfile",
                SetChargingProfileRequest.of(0, profile(7, ChargingProfilePurposeEnumType.TxDefaultProfile, "10")));
        var limited = runMinutes(model, NOON, 2);
        double powerLimited = model.powerW(1);
        var cleared = (ClearChargingProfileResponse) commands.handle("ClearChargingProfile",
                new ClearChargingProfileRequest(7, null, null));
        var again = (ClearChargingProfileResponse) commands.handle("ClearChargingProfile",
                new ClearChargingProfileRequest(7, null, null));
        runMinutes(model, limited, 2);

        assertThat(set.status()).isEqualTo(ChargingProfileStatusEnumType.Accepted);
        assertThat(powerLimited).isEqualTo(10 * 230 * 3, within(60.0));
        assertThat(cleared.status()).isEqualTo(ClearChargingProfileStatusEnumType.Accepted);
        assertThat(again.status()).isEqualTo(ClearChargingProfileStatusEnumType.Unknown);
        assertThat(model.powerW(1)).isEqualTo(11_000, within(60.0));
    }

    @Test
    void profilesItMayNotTakeAreRejected() {
        model.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);
        var external = (SetChargingProfileResponse) commands.handle("SetChargingProfile", SetChargingProfileRequest.of(
                0, profile(1, ChargingProfilePurposeEnumType.ChargingStationExternalConstraints, "10")));
        var otherTransaction = (SetChargingProfileResponse) commands.handle("SetChargingProfile",
                SetChargingProfileRequest.of(1, txProfile(2, "someone-else")));
        String running = station.transactionId(model.transactionOn(1).orElseThrow().localId()).orElseThrow();
        var itsOwn = (SetChargingProfileResponse) commands.handle("SetChargingProfile",
                SetChargingProfileRequest.of(1, txProfile(3, running)));

        assertThat(external.status()).isEqualTo(ChargingProfileStatusEnumType.Rejected);
        assertThat(otherTransaction.status()).isEqualTo(ChargingProfileStatusEnumType.Rejected);
        assertThat(itsOwn.status()).isEqualTo(ChargingProfileStatusEnumType.Accepted);
        assertThat(station.schedule().size()).isEqualTo(1);
    }

    @Test
    void itTakesANewHeartbeatIntervalAndSaysWhichVariablesItDoesNotHave() {
        var comm = ComponentType.of("OCPPCommCtrlr");
        var set = (SetVariablesResponse) commands.handle("SetVariables", SetVariablesRequest.of(List.of(
                SetVariableDataType.of("120", comm, VariableType.of("HeartbeatInterval")),
                SetVariableDataType.of("1", ComponentType.of("TxCtrlr"), VariableType.of("StopTxOnInvalidId")),
                SetVariableDataType.of("1", ComponentType.of("NoSuchCtrlr"), VariableType.of("X")))));
        var get = (GetVariablesResponse) commands.handle("GetVariables", GetVariablesRequest.of(List.of(
                GetVariableDataType.of(comm, VariableType.of("HeartbeatInterval")),
                GetVariableDataType.of(comm, VariableType.of("NoSuchVariable")))));

        assertThat(set.setVariableResult()).extracting(SetVariableResultType::attributeStatus).containsExactly(
                SetVariableStatusEnumType.Accepted, SetVariableStatusEnumType.Rejected,
                SetVariableStatusEnumType.UnknownComponent);
        assertThat(station.heartbeatInterval()).isEqualTo(120);
        assertThat(get.getVariableResult()).extracting(GetVariableResultType::attributeStatus,
                GetVariableResultType::attributeValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GetVariableStatusEnumType.Accepted, "120"),
                org.assertj.core.groups.Tuple.tuple(GetVariableStatusEnumType.UnknownVariable, null));
    }

    @Test
    void aConnectorInAnAuthorizedTransactionStaysLocked() {
        model.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);

        var busy = (UnlockConnectorResponse) commands.handle("UnlockConnector", UnlockConnectorRequest.of(1, 1));
        var free = (UnlockConnectorResponse) commands.handle("UnlockConnector", UnlockConnectorRequest.of(2, 1));
        var none = (UnlockConnectorResponse) commands.handle("UnlockConnector", UnlockConnectorRequest.of(3, 1));

        assertThat(busy.status()).isEqualTo(UnlockStatusEnumType.OngoingAuthorizedTransaction);
        assertThat(free.status()).isEqualTo(UnlockStatusEnumType.Unlocked);
        assertThat(none.status()).isEqualTo(UnlockStatusEnumType.UnknownConnector);
    }

    @Test
    void aResetOnIdleWaitsForTheTransactionAndAnImmediateOneEndsIt() {
        model.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);

        var onIdle = (ResetResponse) commands.handle("Reset", ResetRequest.of(ResetEnumType.OnIdle));
        var immediate = (ResetResponse) commands.handle("Reset", ResetRequest.of(ResetEnumType.Immediate));
        runMinutes(model, NOON, 1);

        assertThat(onIdle.status()).isEqualTo(ResetStatusEnumType.Scheduled);
        assertThat(immediate.status()).isEqualTo(ResetStatusEnumType.Accepted);
        assertThat(model.completedTransactions().getFirst().reason()).isEqualTo(StopReason.HARD_RESET);
    }

    @Test
    void anEvseTakenOutOfServiceDuringATransactionIsScheduled() {
        model.plugIn(aVisit("A", 0.2, 40_000, Duration.ofHours(8)), NOON);

        var busy = (ChangeAvailabilityResponse) commands.handle("ChangeAvailability", new ChangeAvailabilityRequest(
                EVSEType.of(1), OperationalStatusEnumType.Inoperative, null));
        var free = (ChangeAvailabilityResponse) commands.handle("ChangeAvailability", new ChangeAvailabilityRequest(
                EVSEType.of(2), OperationalStatusEnumType.Inoperative, null));

        assertThat(busy.status()).isEqualTo(ChangeAvailabilityStatusEnumType.Scheduled);
        assertThat(free.status()).isEqualTo(ChangeAvailabilityStatusEnumType.Accepted);
    }

    @Test
    void whatItDoesNotHaveIsNotSupportedOrNotImplemented() {
        var log = (TriggerMessageResponse) commands.handle("TriggerMessage",
                TriggerMessageRequest.of(MessageTriggerEnumType.LogStatusNotification));
        var status = (TriggerMessageResponse) commands.handle("TriggerMessage",
                TriggerMessageRequest.of(MessageTriggerEnumType.StatusNotification));

        assertThat(log.status()).isEqualTo(TriggerMessageStatusEnumType.NotImplemented);
        assertThat(status.status()).isEqualTo(TriggerMessageStatusEnumType.Accepted);
        assertThat(station.queued()).isEqualTo(2); // one StatusNotification per EVSE, waiting for a connection
        assertThatThrownBy(() -> commands.handle("ClearCache", new ClearCacheRequest(null)))
                .isInstanceOfSatisfying(OcppCallException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_SUPPORTED));
    }

    private static ChargingProfileType profile(int id, ChargingProfilePurposeEnumType purpose, String amps) {
        return ChargingProfileType.of(id, 0, purpose, ChargingProfileKindEnumType.Relative, List.of(
                ChargingScheduleType.of(1, ChargingRateUnitEnumType.A,
                        List.of(ChargingSchedulePeriodType.of(0, new BigDecimal(amps))))));
    }

    private static ChargingProfileType txProfile(int id, String transactionId) {
        return new ChargingProfileType(id, 0, ChargingProfilePurposeEnumType.TxProfile,
                ChargingProfileKindEnumType.Relative, null, null, null, List.of(ChargingScheduleType.of(1,
                ChargingRateUnitEnumType.A, List.of(ChargingSchedulePeriodType.of(0, new BigDecimal("16"))))),
                transactionId, null);
    }
}
