package io.gridcharge.sim.ocpp201;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityResponse;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityStatusEnumType;
import io.gridcharge.ocpp.v201.availability.HeartbeatRequest;
import io.gridcharge.ocpp.v201.availability.OperationalStatusEnumType;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesRequest;
import io.gridcharge.ocpp.v201.provisioning.BootReasonEnumType;
import io.gridcharge.ocpp.v201.provisioning.ResetEnumType;
import io.gridcharge.ocpp.v201.provisioning.ResetRequest;
import io.gridcharge.ocpp.v201.provisioning.ResetResponse;
import io.gridcharge.ocpp.v201.provisioning.ResetStatusEnumType;
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
import io.gridcharge.ocpp.v201.provisioning.GetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesResponse;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesResponse;
import io.gridcharge.ocpp.v201.smartcharging.ChargingProfileStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileResponse;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.v201.smartcharging.SetChargingProfileResponse;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.ReadingContextEnumType;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.StopReason;
import io.gridcharge.sim.charger.Transaction;
import io.gridcharge.sim.ocpp16.StationSchedule;
import io.gridcharge.sim.run.SimulationClock;
import java.time.Instant;
import java.util.List;

/**
 * The simulated 2.0.1 station's answers to the CSMS: remote start and stop (F01, F03), smart charging
 * (K01, K10), availability (G03), reset (B11, B12), triggered messages (F06), unlock (F05) and a few variables
 * (B05, B06, {@link Variables}). Any other action it recognises but does not support is answered with a
 * CALLERROR NotSupported (OCPP 2.0.1 Part 4 §4.3), as a station without that functional block does.
 */
final class Ocpp201Commands implements CallHandler {
    private final ChargerModel model;
    private final StationSchedule schedule;
    private final SimulationClock clock;
    private final Ocpp201Station station;
    private final Variables variables;

    Ocpp201Commands(ChargerModel model, StationSchedule schedule, SimulationClock clock, Ocpp201Station station) {
        this.model = model;
        this.schedule = schedule;
        this.clock = clock;
        this.station = station;
        this.variables = new Variables(station, model);
    }

    @Override
    public OcppResponse handle(String action, OcppRequest<?> request) {
        return switch (request) {
            case RequestStartTransactionRequest start -> requestStart(start);
            case RequestStopTransactionRequest stop -> RequestStopTransactionResponse.of(
                    station.localId(stop.transactionId()).map(id -> model.stop(id, StopReason.REMOTE)).orElse(false)
                            ? RequestStartStopStatusEnumType.Accepted : RequestStartStopStatusEnumType.Rejected);
            case SetChargingProfileRequest set -> SetChargingProfileResponse.of(setChargingProfile(set)
                    ? ChargingProfileStatusEnumType.Accepted : ChargingProfileStatusEnumType.Rejected);
            case ClearChargingProfileRequest clear -> ClearChargingProfileResponse.of(
                    ChargingProfiles201.clearing(clear).map(schedule::clear).orElse(false)
                            ? ClearChargingProfileStatusEnumType.Accepted : ClearChargingProfileStatusEnumType.Unknown);
            case ChangeAvailabilityRequest change -> ChangeAvailabilityResponse.of(changeAvailability(change));
            case ResetRequest reset -> ResetResponse.of(reset(reset));
            case TriggerMessageRequest trigger -> TriggerMessageResponse.of(trigger(trigger));
            case UnlockConnectorRequest unlock -> UnlockConnectorResponse.of(unlock(unlock));
            case GetVariablesRequest get -> GetVariablesResponse.of(get.getVariableData().stream()
                    .map(variables::get).toList());
            case SetVariablesRequest set -> SetVariablesResponse.of(set.setVariableData().stream()
                    .map(variables::set).toList());
            default -> throw new OcppCallException(ErrorCode.NOT_SUPPORTED,
                    action + " is not supported by this simulated charging station");
        };
    }

    /** F01: a free EVSE (the one named, or the first) waits for a car that charges with the token. */
    private RequestStartTransactionResponse requestStart(RequestStartTransactionRequest start) {
        String token = start.idToken().idToken();
        for (int evse = 1; evse <= model.spec().connectors(); evse++) {
            if ((start.evseId() == null || start.evseId() == evse) && model.remoteStart(evse, token)) {
                station.remoteStartAccepted(evse, new TransactionEvents.RemoteStart(start.remoteStartId(), token));
                return RequestStartTransactionResponse.of(RequestStartStopStatusEnumType.Accepted);
            }
        }
        return RequestStartTransactionResponse.of(RequestStartStopStatusEnumType.Rejected);
    }

    /** K01: the profile joins the station's limits; a TxProfile only for the transaction running on its EVSE. */
    private boolean setChargingProfile(SetChargingProfileRequest set) {
        int evse = set.evseId();
        if (evse < 0 || evse > model.spec().connectors()) {
            return false;
        }
        ChargingProfileType profile = set.chargingProfile();
        Transaction running = evse == 0 ? null : model.transactionOn(evse).orElse(null);
        if (profile.transactionId() != null && (running == null
                || !station.transactionId(running.localId()).orElse("").equals(profile.transactionId()))) {
            return false; // K01: a TxProfile names the transaction it is for
        }
        return ChargingProfiles201.asInstalled(profile)
                .map(installed -> schedule.install(evse, installed, running, clock.now())).orElse(false);
    }

    private ChangeAvailabilityStatusEnumType changeAvailability(ChangeAvailabilityRequest change) {
        int evse = change.evse() == null ? 0 : change.evse().id();
        if (evse > model.spec().connectors()) {
            return ChangeAvailabilityStatusEnumType.Rejected;
        }
        boolean now = model.setOperative(evse, change.operationalStatus() == OperationalStatusEnumType.Operative);
        return now ? ChangeAvailabilityStatusEnumType.Accepted : ChangeAvailabilityStatusEnumType.Scheduled;
    }

    /** B11/B12: Immediate ends the transactions and reboots; OnIdle waits for them to end (Scheduled). */
    private ResetStatusEnumType reset(ResetRequest reset) {
        if (reset.evseId() != null) {
            return ResetStatusEnumType.Rejected; // this station resets as a whole only
        }
        boolean idle = true;
        for (int id = 1; id <= model.spec().connectors(); id++) {
            idle &= model.transactionOn(id).isEmpty();
        }
        if (reset.type() == ResetEnumType.OnIdle && !idle) {
            station.rebootWhenIdle();
            return ResetStatusEnumType.Scheduled;
        }
        model.reset(StopReason.HARD_RESET);
        station.rebootNow();
        return ResetStatusEnumType.Accepted;
    }

    private TriggerMessageStatusEnumType trigger(TriggerMessageRequest trigger) {
        Integer evse = trigger.evse() == null ? null : trigger.evse().id();
        if (evse != null && evse > model.spec().connectors()) {
            return TriggerMessageStatusEnumType.Rejected;
        }
        Instant now = clock.now();
        switch (trigger.requestedMessage()) {
            case BootNotification -> station.enqueue(c -> c.call(
                    station.bootNotification(BootReasonEnumType.Triggered)));
            case Heartbeat -> station.enqueue(c -> c.call(new HeartbeatRequest(null)));
            case StatusNotification -> {
                for (int id = 1; id <= model.spec().connectors(); id++) {
                    if (evse == null || evse == id) {
                        station.reportStatus(id, now);
                    }
                }
            }
            case MeterValues -> {
                for (int id = 1; id <= model.spec().connectors(); id++) {
                    if (evse == null || evse == id) {
                        var value = TransactionEvents.meterValue(now, model.registerWh(id), model.powerW(id),
                                model.soc(id), ReadingContextEnumType.Trigger);
                        int which = id;
                        station.enqueue(c -> c.call(MeterValuesRequest.of(which, List.of(value))));
                    }
                }
            }
            default -> {
                return TriggerMessageStatusEnumType.NotImplemented;
            }
        }
        return TriggerMessageStatusEnumType.Accepted;
    }

    /** F05: a connector with an authorized transaction on it stays locked. */
    private UnlockStatusEnumType unlock(UnlockConnectorRequest unlock) {
        int evse = unlock.evseId();
        if (evse < 1 || evse > model.spec().connectors() || unlock.connectorId() != 1) {
            return UnlockStatusEnumType.UnknownConnector;
        }
        if (model.transactionOn(evse).isPresent()) {
            return UnlockStatusEnumType.OngoingAuthorizedTransaction;
        }
        model.unlock(evse);
        return UnlockStatusEnumType.Unlocked;
    }
}
