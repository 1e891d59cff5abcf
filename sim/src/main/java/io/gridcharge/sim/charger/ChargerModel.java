package io.gridcharge.sim.charger;

import io.gridcharge.sim.ev.ChargingCurve;
import io.gridcharge.sim.ev.EvVisit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A charging station's physics and state machine: cars plug in and out, transactions begin and end, each
 * connector's meter counts the energy that goes into the car's battery, and the power obeys the car's
 * charging curve and the limits the central system set.
 *
 * <p>Time moves only in {@link #advance} (the simulation's thread), which also emits every event; commands from
 * the central system arrive on other threads and are requests that the next step carries out, so events keep
 * simulated timestamps and a run is the same for the same seed. Every method holds the model's lock.
 */
public final class ChargerModel {
    private final ChargerSpec spec;
    private final ChargingCurve curve;
    private final List<Connector> connectors = new ArrayList<>();
    private final List<VisitOutcome> outcomes = new ArrayList<>();
    private final List<CompletedTransaction> completed = new ArrayList<>();
    private final Duration sampleInterval;
    private StationEvents events = StationEvents.NONE;
    private ChargingLimits limits = ChargingLimits.NONE;
    private int lastTransaction;
    private Instant now;
    private Instant nextSample;
    private StopReason resetRequested;

    public ChargerModel(ChargerSpec spec, ChargingCurve curve, Duration sampleInterval, long firstRegisterWh) {
        this.spec = spec;
        this.curve = curve;
        this.sampleInterval = sampleInterval;
        for (int id = 1; id <= spec.connectors(); id++) {
            connectors.add(new Connector(id, firstRegisterWh + 1_000_000L * (id - 1)));
        }
    }

    public ChargerSpec spec() {
        return spec;
    }

    public Duration sampleInterval() {
        return sampleInterval;
    }

    public synchronized void attach(StationEvents events, ChargingLimits limits) {
        this.events = events;
        this.limits = limits;
    }

    // The car side

    /** A car arrives: it takes the first free connector (its reservation's, if it has one). False when all are taken. */
    public synchronized boolean plugIn(EvVisit visit, Instant at) {
        Optional<Connector> free = connectors.stream().filter(c -> c.reservationId != null && c.freeFor(visit.idTag()))
                .findFirst().or(() -> connectors.stream().filter(c -> c.freeFor(visit.idTag())).findFirst());
        if (free.isEmpty()) {
            return false;
        }
        Connector connector = free.get();
        connector.visit = visit;
        connector.storedWh = Math.round(visit.vehicle().capacityWh() * visit.arrivalSoc());
        connector.deliveredWh = 0;
        connector.transactionsOfVisit = 0;
        changeState(connector, ConnectorState.PREPARING, at);
        startTransaction(connector, at);
        return true;
    }

    /** Moves time on by one step from {@code from}; returns the station's mean power over the step in W. */
    public synchronized double advance(Instant from, Duration step) {
        now = from;
        if (nextSample == null) {
            nextSample = from.plus(sampleInterval);
        }
        applyReset(from);
        for (Connector connector : connectors) {
            settleRequests(connector, from);
        }
        double total = charge(from, step);
        Instant end = from.plus(step);
        if (!end.isBefore(nextSample)) {
            for (Connector connector : connectors) {
                if (connector.transaction != null) {
                    events.meterSample(connector.transaction, end, connector.registerWh, connector.powerW,
                            connector.soc());
                }
            }
            while (!end.isBefore(nextSample)) {
                nextSample = nextSample.plus(sampleInterval);
            }
        }
        return total;
    }

    private void settleRequests(Connector connector, Instant at) {
        if (connector.visit != null && !connector.visit.departure().isAfter(at)) {
            unplug(connector, StopReason.EV_DISCONNECTED, at);
        } else if (connector.stopRequested != null && connector.transaction != null) {
            StopReason reason = connector.stopRequested;
            stopTransaction(connector, reason, at);
            if (reason == StopReason.UNLOCK_COMMAND) {
                unplug(connector, reason, at);
            }
        } else if (connector.restartAfterReset && connector.visit != null && connector.operative
                && !connector.faulted) {
            startTransaction(connector, at); // after a reset the car is still there and wants more
        }
        if (!connector.faulted) {
            connector.restartAfterReset = false; // a faulted charger restarts the car's charge once it recovers
        }
        connector.stopRequested = null;
        if (connector.reservationId != null && connector.visit == null && !connector.reservedUntil.isAfter(at)) {
            connector.clearReservation();
            changeState(connector, ConnectorState.AVAILABLE, at);
        }
        if (connector.inoperativeScheduled && connector.transaction == null) {
            connector.inoperativeScheduled = false;
            connector.operative = false;
        }
        if (!connector.operative && connector.visit == null && connector.state != ConnectorState.UNAVAILABLE) {
            changeState(connector, ConnectorState.UNAVAILABLE, at);
        }
    }

    private double charge(Instant from, Duration step) {
        double seconds = step.toMillis() / 1000.0;
        double[] wanted = new double[connectors.size()];
        double sum = 0;
        for (Connector connector : connectors) {
            if (connector.transaction != null) {
                wanted[connector.id - 1] = offeredPowerW(connector, from);
                sum += wanted[connector.id - 1];
            }
        }
        double stationLimit = limits.stationLimitW(from, spec.phases());
        double share = sum > stationLimit ? stationLimit / sum : 1; // a station limit is shared pro rata
        double total = 0;
        for (Connector connector : connectors) {
            if (connector.transaction == null) {
                connector.powerW = 0;
                continue;
            }
            long energyWh = Math.min(connector.stillWantedWh(),
                    Math.round(wanted[connector.id - 1] * share * seconds / 3600));
            connector.registerWh += energyWh;
            connector.storedWh += energyWh;
            connector.deliveredWh += energyWh;
            connector.powerW = energyWh * 3600 / seconds;
            total += connector.powerW;
            ConnectorState state = energyWh > 0 ? ConnectorState.CHARGING
                    : connector.stillWantedWh() == 0 ? ConnectorState.SUSPENDED_EV : ConnectorState.SUSPENDED_EVSE;
            changeState(connector, state, from);
        }
        return total;
    }

    /** The car's curve, the charger's and car's maximum, and the limit the central system set. */
    private double offeredPowerW(Connector connector, Instant at) {
        var vehicle = connector.visit.vehicle();
        int phases = spec.type() == CurrentType.AC ? Math.min(spec.phases(), vehicle.acPhases()) : 3;
        double hardware = spec.type() == CurrentType.AC
                ? Math.min(spec.maxPowerW(), Math.min(vehicle.maxAcPowerW(),
                        vehicle.maxAcPowerW() * phases / (double) vehicle.acPhases()))
                : Math.min(spec.maxPowerW(), vehicle.maxDcPowerW() > 0 ? vehicle.maxDcPowerW() : 0);
        double limit = limits.connectorLimitW(connector.id, at, connector.transaction, phases);
        if (spec.type() == CurrentType.AC && limit < ChargerSpec.MIN_AC_CURRENT * ChargerSpec.PHASE_VOLTAGE * phases) {
            return 0; // below the minimum pilot current the car pauses (SuspendedEVSE)
        }
        return curve.acceptedPowerW(Math.min(hardware, limit), connector.soc());
    }

    private void startTransaction(Connector connector, Instant at) {
        String idTag = connector.remoteIdTag != null ? connector.remoteIdTag : connector.visit.idTag();
        connector.remoteIdTag = null;
        Integer reservation = connector.reservationId;
        connector.clearReservation();
        connector.transaction = new Transaction(++lastTransaction, spec.stationId(), connector.id, idTag,
                connector.registerWh, at, reservation, connector.visit);
        connector.transactionsOfVisit++;
        events.transactionStarted(connector.transaction);
        changeState(connector, ConnectorState.CHARGING, at);
    }

    private void stopTransaction(Connector connector, StopReason reason, Instant at) {
        Transaction transaction = connector.transaction;
        connector.transaction = null;
        connector.powerW = 0;
        completed.add(new CompletedTransaction(transaction, connector.registerWh, at, reason));
        events.transactionStopped(transaction, connector.registerWh, at, reason);
        if (connector.visit != null) {
            changeState(connector, ConnectorState.FINISHING, at);
        }
    }

    private void unplug(Connector connector, StopReason reason, Instant at) {
        if (connector.transaction != null) {
            stopTransaction(connector, reason, at);
        }
        outcomes.add(new VisitOutcome(connector.visit, spec.stationId(), connector.id, connector.deliveredWh,
                connector.transactionsOfVisit));
        connector.visit = null;
        changeState(connector, connector.faulted ? ConnectorState.FAULTED
                : connector.operative && !connector.inoperativeScheduled ? ConnectorState.AVAILABLE
                : ConnectorState.UNAVAILABLE, at);
    }

    private void applyReset(Instant at) {
        if (resetRequested == null) {
            return;
        }
        for (Connector connector : connectors) {
            if (connector.transaction != null) {
                stopTransaction(connector, resetRequested, at);
                connector.restartAfterReset = connector.stillWantedWh() > 0;
            }
        }
        resetRequested = null;
    }

    private void changeState(Connector connector, ConnectorState state, Instant at) {
        if (connector.state != state) {
            connector.state = state;
            events.statusChanged(connector.id, state, at);
        }
    }

    /**
     * The charger faults (a tripped RCD, a contactor): running transactions end (OCPP 1.6 §4.10 reason Other)
     * and every connector reports Faulted; cars stay plugged in and start again once it recovers.
     */
    public synchronized void fault(Instant at) {
        for (Connector connector : connectors) {
            if (connector.transaction != null) {
                stopTransaction(connector, StopReason.OTHER, at);
                connector.restartAfterReset = connector.stillWantedWh() > 0;
            }
            connector.faulted = true;
            changeState(connector, ConnectorState.FAULTED, at);
        }
    }

    public synchronized void recover(Instant at) {
        for (Connector connector : connectors) {
            connector.faulted = false;
            changeState(connector, connector.visit != null ? ConnectorState.PREPARING
                    : connector.operative ? ConnectorState.AVAILABLE : ConnectorState.UNAVAILABLE, at);
        }
    }

    /** Ends the run: every car still plugged in leaves now, so every transaction is closed. */
    public synchronized void unplugAll(Instant at) {
        for (Connector connector : connectors) {
            if (connector.visit != null) {
                unplug(connector, StopReason.LOCAL, at);
            }
        }
    }

    // The central system's side: requests carried out by the next step

    /** OCPP 1.6 §5.11: accepted when the connector (or any, for null) can take a car or has one without a transaction. */
    public synchronized boolean remoteStart(Integer connectorId, String idTag) {
        for (Connector connector : connectors) {
            boolean named = connectorId == null || connectorId == connector.id;
            if (named && connector.operative && connector.transaction == null && connector.visit == null
                    && (connector.reservationId == null || connector.reservedFor.equals(idTag))) {
                connector.remoteIdTag = idTag;
                return true;
            }
        }
        return false;
    }

    public synchronized boolean stop(int localTransactionId, StopReason reason) {
        for (Connector connector : connectors) {
            if (connector.transaction != null && connector.transaction.localId() == localTransactionId) {
                connector.stopRequested = reason;
                return true;
            }
        }
        return false;
    }

    /** Stops every transaction at the next step (a reset); cars that still want energy start a new one after. */
    public synchronized void reset(StopReason reason) {
        resetRequested = reason;
    }

    /** OCPP 1.6 §5.2: true = changed or nothing to change, false = scheduled after the running transaction. */
    public synchronized boolean setOperative(int connectorId, boolean operative) {
        boolean immediate = true;
        for (Connector connector : connectors) {
            if (connectorId != 0 && connectorId != connector.id) {
                continue;
            }
            if (operative) {
                connector.operative = true;
                connector.inoperativeScheduled = false;
                if (connector.visit == null && connector.state == ConnectorState.UNAVAILABLE) {
                    changeState(connector, ConnectorState.AVAILABLE, now == null ? Instant.EPOCH : now);
                }
            } else if (connector.transaction != null) {
                connector.inoperativeScheduled = true;
                immediate = false;
            } else {
                connector.operative = false;
            }
        }
        return immediate;
    }

    public synchronized boolean unlock(int connectorId) {
        for (Connector connector : connectors) {
            if (connector.id == connectorId && connector.transaction != null) {
                connector.stopRequested = StopReason.UNLOCK_COMMAND;
            }
        }
        return connectorId >= 1 && connectorId <= connectors.size();
    }

    public enum Reservation { ACCEPTED, OCCUPIED, UNAVAILABLE, FAULTED, REJECTED }

    /** OCPP 1.6 §5.13; connector 0 reserves any free one. */
    public synchronized Reservation reserve(int connectorId, int reservationId, String idTag, Instant until) {
        for (Connector connector : connectors) {
            if (reservationId == (connector.reservationId == null ? -1 : connector.reservationId)) {
                connector.reservedFor = idTag; // OCPP 1.6 §5.13: the same id replaces the reservation
                connector.reservedUntil = until;
                return Reservation.ACCEPTED;
            }
        }
        for (Connector connector : connectors) {
            if (connectorId != 0 && connectorId != connector.id) {
                continue;
            }
            if (connector.state == ConnectorState.FAULTED) {
                return Reservation.FAULTED;
            }
            if (!connector.operative) {
                return Reservation.UNAVAILABLE;
            }
            if (connector.visit == null && connector.reservationId == null) {
                connector.reservationId = reservationId;
                connector.reservedFor = idTag;
                connector.reservedUntil = until;
                changeState(connector, ConnectorState.RESERVED, now == null ? Instant.EPOCH : now);
                return Reservation.ACCEPTED;
            }
        }
        return connectorId > connectors.size() ? Reservation.REJECTED : Reservation.OCCUPIED;
    }

    public synchronized boolean cancelReservation(int reservationId) {
        for (Connector connector : connectors) {
            if (connector.reservationId != null && connector.reservationId == reservationId) {
                connector.clearReservation();
                changeState(connector, ConnectorState.AVAILABLE, now == null ? Instant.EPOCH : now);
                return true;
            }
        }
        return false;
    }

    // What an observer reads

    public synchronized ConnectorState state(int connectorId) {
        return connectors.get(connectorId - 1).state;
    }

    public synchronized long registerWh(int connectorId) {
        return connectors.get(connectorId - 1).registerWh;
    }

    public synchronized Optional<Transaction> transactionOn(int connectorId) {
        return Optional.ofNullable(connectors.get(connectorId - 1).transaction);
    }

    public synchronized double powerW(int connectorId) {
        return connectors.get(connectorId - 1).powerW;
    }

    public synchronized double soc(int connectorId) {
        Connector connector = connectors.get(connectorId - 1);
        return connector.visit == null ? 0 : connector.soc();
    }

    public synchronized List<CompletedTransaction> completedTransactions() {
        return List.copyOf(completed);
    }

    public synchronized List<VisitOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized Instant now() {
        return now;
    }
}
