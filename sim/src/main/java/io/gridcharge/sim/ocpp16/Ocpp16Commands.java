package io.gridcharge.sim.ocpp16;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.v16.core.AvailabilityStatus;
import io.gridcharge.ocpp.v16.core.AvailabilityType;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v16.core.ChangeAvailabilityResponse;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationRequest;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationResponse;
import io.gridcharge.ocpp.v16.core.ClearCacheResponse;
import io.gridcharge.ocpp.v16.core.ClearCacheStatus;
import io.gridcharge.ocpp.v16.core.ConfigurationStatus;
import io.gridcharge.ocpp.v16.core.DataTransferResponse;
import io.gridcharge.ocpp.v16.core.DataTransferStatus;
import io.gridcharge.ocpp.v16.core.GetConfigurationRequest;
import io.gridcharge.ocpp.v16.core.GetConfigurationResponse;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.KeyValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.ReadingContext;
import io.gridcharge.ocpp.v16.core.RemoteStartStopStatus;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionResponse;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionResponse;
import io.gridcharge.ocpp.v16.core.ResetRequest;
import io.gridcharge.ocpp.v16.core.ResetResponse;
import io.gridcharge.ocpp.v16.core.ResetStatus;
import io.gridcharge.ocpp.v16.core.ResetType;
import io.gridcharge.ocpp.v16.core.UnlockConnectorRequest;
import io.gridcharge.ocpp.v16.core.UnlockConnectorResponse;
import io.gridcharge.ocpp.v16.core.UnlockStatus;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageRequest;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageResponse;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageStatus;
import io.gridcharge.ocpp.v16.reservation.CancelReservationRequest;
import io.gridcharge.ocpp.v16.reservation.CancelReservationResponse;
import io.gridcharge.ocpp.v16.reservation.CancelReservationStatus;
import io.gridcharge.ocpp.v16.reservation.ReservationStatus;
import io.gridcharge.ocpp.v16.reservation.ReserveNowRequest;
import io.gridcharge.ocpp.v16.reservation.ReserveNowResponse;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileStatus;
import io.gridcharge.ocpp.v16.smartcharging.ChargingRateUnitType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedule;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedulePeriod;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileResponse;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileStatus;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleRequest;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleResponse;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleStatus;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileResponse;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.ChargerSpec;
import io.gridcharge.sim.charger.StopReason;
import io.gridcharge.sim.charger.Transaction;
import io.gridcharge.sim.run.SimulationClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulated charger's answers to the central system (OCPP 1.6 §5). It implements the feature profiles Core,
 * Smart Charging, Remote Trigger and Reservation (its SupportedFeatureProfiles say so); for Firmware Management,
 * Local Auth List Management and the security extension it answers NotImplemented, as a charger without them
 * does (OCPP-J 1.6 §4.2.3).
 */
final class Ocpp16Commands implements CallHandler {
    /** Resolution of a composite schedule the charger reports: its limits are sampled per minute. */
    private static final int COMPOSITE_RESOLUTION_SECONDS = 60;

    private final ChargerModel model;
    private final StationSchedule schedule;
    private final Map<Integer, Integer> transactionIds;
    private final SimulationClock clock;
    private final Ocpp16Station station;

    Ocpp16Commands(ChargerModel model, StationSchedule schedule, Map<Integer, Integer> transactionIds,
                   SimulationClock clock, Ocpp16Station station) {
        this.model = model;
        this.schedule = schedule;
        this.transactionIds = transactionIds;
        this.clock = clock;
        this.station = station;
    }

    @Override
    public OcppResponse handle(String action, OcppRequest<?> request) {
        return switch (request) {
            case RemoteStartTransactionRequest start -> remoteStart(start);
            case RemoteStopTransactionRequest stop -> new RemoteStopTransactionResponse(
                    localId(stop.transactionId()).map(id -> model.stop(id, StopReason.REMOTE)).orElse(false)
                            ? RemoteStartStopStatus.Accepted : RemoteStartStopStatus.Rejected);
            case ResetRequest reset -> reset(reset);
            case ChangeAvailabilityRequest change -> changeAvailability(change);
            case ChangeConfigurationRequest change -> new ChangeConfigurationResponse(changeConfiguration(change));
            case GetConfigurationRequest get -> getConfiguration(get);
            case io.gridcharge.ocpp.v16.core.ClearCacheRequest ignored ->
                    new ClearCacheResponse(ClearCacheStatus.Accepted);
            case io.gridcharge.ocpp.v16.core.DataTransferRequest ignored ->
                    new DataTransferResponse(DataTransferStatus.UnknownVendorId, null);
            case UnlockConnectorRequest unlock -> new UnlockConnectorResponse(model.unlock(unlock.connectorId())
                    ? UnlockStatus.Unlocked : UnlockStatus.NotSupported);
            case SetChargingProfileRequest set -> setChargingProfile(set);
            case ClearChargingProfileRequest clear -> new ClearChargingProfileResponse(schedule.clear(clear)
                    ? ClearChargingProfileStatus.Accepted : ClearChargingProfileStatus.Unknown);
            case GetCompositeScheduleRequest get -> compositeSchedule(get);
            case TriggerMessageRequest trigger -> new TriggerMessageResponse(trigger(trigger));
            case ReserveNowRequest reserve -> reserveNow(reserve);
            case CancelReservationRequest cancel -> new CancelReservationResponse(
                    model.cancelReservation(cancel.reservationId())
                            ? CancelReservationStatus.Accepted : CancelReservationStatus.Rejected);
            default -> throw new OcppCallException(ErrorCode.NOT_IMPLEMENTED,
                    action + " is not implemented by this simulated charger (its feature profiles: "
                            + Configuration.FEATURE_PROFILES + ")");
        };
    }

    private java.util.Optional<Integer> localId(int centralSystemId) {
        return transactionIds.entrySet().stream().filter(e -> e.getValue() == centralSystemId)
                .map(Map.Entry::getKey).findFirst();
    }

    private RemoteStartTransactionResponse remoteStart(RemoteStartTransactionRequest start) {
        boolean accepted = model.remoteStart(start.connectorId(), start.idTag());
        return new RemoteStartTransactionResponse(accepted ? RemoteStartStopStatus.Accepted
                : RemoteStartStopStatus.Rejected);
    }

    private ResetResponse reset(ResetRequest reset) {
        model.reset(reset.type() == ResetType.Hard ? StopReason.HARD_RESET : StopReason.SOFT_RESET);
        station.requestReboot();
        return new ResetResponse(ResetStatus.Accepted);
    }

    private ChangeAvailabilityResponse changeAvailability(ChangeAvailabilityRequest change) {
        if (change.connectorId() < 0 || change.connectorId() > model.spec().connectors()) {
            return new ChangeAvailabilityResponse(AvailabilityStatus.Rejected);
        }
        boolean now = model.setOperative(change.connectorId(), change.type() == AvailabilityType.Operative);
        return new ChangeAvailabilityResponse(now ? AvailabilityStatus.Accepted : AvailabilityStatus.Scheduled);
    }

    private ConfigurationStatus changeConfiguration(ChangeConfigurationRequest change) {
        if (!Configuration.KEYS.contains(change.key())) {
            return ConfigurationStatus.NotSupported;
        }
        if (!change.key().equals(Configuration.HEARTBEAT_INTERVAL)) {
            return ConfigurationStatus.Rejected; // read-only on this charger
        }
        try {
            int seconds = Integer.parseInt(change.value());
            if (seconds <= 0) {
                return ConfigurationStatus.Rejected;
            }
            station.setHeartbeatInterval(seconds);
            return ConfigurationStatus.Accepted;
        } catch (NumberFormatException e) {
            return ConfigurationStatus.Rejected;
        }
    }

    private GetConfigurationResponse getConfiguration(GetConfigurationRequest get) {
        List<KeyValue> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> asked = get.key() == null || get.key().isEmpty() ? Configuration.KEYS : get.key();
        for (String key : asked) {
            String value = Configuration.value(key, model.spec(), station.heartbeatInterval(),
                    model.sampleInterval().toSeconds());
            if (value == null) {
                unknown.add(key);
            } else {
                known.add(new KeyValue(key, !key.equals(Configuration.HEARTBEAT_INTERVAL), value));
            }
        }
        return new GetConfigurationResponse(known, unknown.isEmpty() ? null : unknown);
    }

    private SetChargingProfileResponse setChargingProfile(SetChargingProfileRequest set) {
        int connectorId = set.connectorId();
        if (connectorId < 0 || connectorId > model.spec().connectors()) {
            return new SetChargingProfileResponse(ChargingProfileStatus.Rejected);
        }
        Transaction running = connectorId == 0 ? null : model.transactionOn(connectorId).orElse(null);
        boolean installed = schedule.install(connectorId, set.csChargingProfiles(), running, clock.now());
        return new SetChargingProfileResponse(installed ? ChargingProfileStatus.Accepted : ChargingProfileStatus.Rejected);
    }

    /**
     * OCPP 1.6 §5.7: the limits in force over the next {@code duration} seconds, sampled per minute and merged
     * into periods; the charger's own maximum where no profile limits it.
     */
    private GetCompositeScheduleResponse compositeSchedule(GetCompositeScheduleRequest get) {
        int connectorId = get.connectorId();
        ChargerSpec spec = model.spec();
        if (connectorId < 0 || connectorId > spec.connectors() || get.duration() <= 0) {
            return new GetCompositeScheduleResponse(GetCompositeScheduleStatus.Rejected, null, null, null);
        }
        ChargingRateUnitType unit = get.chargingRateUnit() == null ? ChargingRateUnitType.W : get.chargingRateUnit();
        Instant start = clock.now();
        Transaction running = connectorId == 0 ? null : model.transactionOn(connectorId).orElse(null);
        double hardware = connectorId == 0 ? (double) spec.maxPowerW() * spec.connectors() : spec.maxPowerW();
        List<ChargingSchedulePeriod> periods = new ArrayList<>();
        BigDecimal last = null;
        for (int offset = 0; offset < get.duration(); offset += COMPOSITE_RESOLUTION_SECONDS) {
            Instant at = start.plusSeconds(offset);
            double limitW = Math.min(hardware, schedule.stationLimitW(at, spec.phases()));
            if (connectorId > 0) {
                limitW = Math.min(limitW, schedule.connectorLimitW(connectorId, at, running, spec.phases()));
            }
            double value = unit == ChargingRateUnitType.W ? limitW
                    : limitW / (ChargerSpec.PHASE_VOLTAGE * spec.phases());
            BigDecimal limit = BigDecimal.valueOf(value).setScale(1, RoundingMode.DOWN);
            if (!limit.equals(last)) {
                periods.add(new ChargingSchedulePeriod(offset, limit, unit == ChargingRateUnitType.A
                        ? spec.phases() : null));
                last = limit;
            }
        }
        return new GetCompositeScheduleResponse(GetCompositeScheduleStatus.Accepted, connectorId, start,
                new ChargingSchedule(get.duration(), start, unit, periods, null));
    }

    private TriggerMessageStatus trigger(TriggerMessageRequest trigger) {
        Integer connector = trigger.connectorId();
        if (connector != null && (connector < 0 || connector > model.spec().connectors())) {
            return TriggerMessageStatus.Rejected;
        }
        Instant now = clock.now();
        switch (trigger.requestedMessage()) {
            case BootNotification -> station.enqueue(c -> c.call(new BootNotificationRequest(Ocpp16Station.VENDOR,
                    Ocpp16Station.MODEL, null, null, "sim-1.0", null, null, "SimMeter", null)));
            case Heartbeat -> station.enqueue(c -> c.call(new HeartbeatRequest()));
            case StatusNotification -> {
                for (int id = 1; id <= model.spec().connectors(); id++) {
                    if (connector == null || connector == 0 || connector == id) {
                        int which = id;
                        station.enqueue(c -> c.call(Ocpp16Station.status(which, model.state(which), now)));
                    }
                }
            }
            case MeterValues -> {
                for (int id = 1; id <= model.spec().connectors(); id++) {
                    if (connector == null || connector == 0 || connector == id) {
                        int which = id;
                        Integer transactionId = model.transactionOn(id)
                                .map(t -> transactionIds.get(t.localId())).orElse(null);
                        var value = Ocpp16Station.meterValue(now, model.registerWh(id), model.powerW(id),
                                model.soc(id), ReadingContext.Trigger);
                        station.enqueue(c -> c.call(new MeterValuesRequest(which, transactionId, List.of(value))));
                    }
                }
            }
            default -> {
                return TriggerMessageStatus.NotImplemented; // no Firmware Management on this charger
            }
        }
        return TriggerMessageStatus.Accepted;
    }

    private ReserveNowResponse reserveNow(ReserveNowRequest reserve) {
        ChargerModel.Reservation result = model.reserve(reserve.connectorId(), reserve.reservationId(),
                reserve.idTag(), reserve.expiryDate());
        return new ReserveNowResponse(switch (result) {
            case ACCEPTED -> ReservationStatus.Accepted;
            case OCCUPIED -> ReservationStatus.Occupied;
            case UNAVAILABLE -> ReservationStatus.Unavailable;
            case FAULTED -> ReservationStatus.Faulted;
            case REJECTED -> ReservationStatus.Rejected;
        });
    }
}
