package io.gridcharge.domain.billing;

import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shows the driver of an OCPP 2.0.1 station what the charge costs (I02, I03), priced by {@link RunningCost}.
 *
 * <p>The rule: while the charge runs, each event with a reading prices it again, and a CostUpdated goes to the
 * station when the cost differs from the one it last showed by {@link #STEP} or more (the first time: as soon
 * as it is {@code STEP} or more). Smaller moves are not worth a call, and a station with a fast meter interval
 * is not sent one call per reading. When the charge ends, the final cost goes in the TransactionEvent answer
 * (I03; the schema: "SHALL only be sent when charging has ended"), 0.00 for a free charge, and nothing for a
 * charge the platform does not price. The CostUpdated leaves through {@code afterAnswer}, after the answer to
 * the event that caused it.
 */
public final class ShowRunningCost {
    /** The smallest change shown: ten cents of a currency with two decimals. */
    static final BigDecimal STEP = new BigDecimal("0.10");
    private static final Logger LOG = Logger.getLogger(ShowRunningCost.class.getName());

    private final RunningCost cost;
    private final StationCommands commands;
    private final Executor afterAnswer;
    private final Map<Long, Money> shown = new ConcurrentHashMap<>();

    public ShowRunningCost(RunningCost cost, StationCommands commands, Executor afterAnswer) {
        this.cost = cost;
        this.commands = commands;
        this.afterAnswer = afterAnswer;
    }

    /** I03: the final cost of an ended transaction; empty when the platform does not price it. */
    public Optional<Money> finalCost(Transaction ended) {
        shown.remove(ended.id());
        return cost.of(ended);
    }

    /** I02: after an event of a running transaction with {@code readings}; true when a CostUpdated was sent. */
    public boolean running(Transaction running, List<MeterSample> readings) {
        if (!running.isActive() || running.stationTransactionId() == null || readings.isEmpty()) {
            return false;
        }
        Optional<Money> now = cost.of(running, readings);
        if (now.isEmpty() || !worthShowing(shown.get(running.id()), now.get())) {
            return false;
        }
        shown.put(running.id(), now.get());
        afterAnswer.execute(() -> commands.send(running.stationId(),
                        new StationCommand.CostUpdated(running.stationTransactionId(), now.get()))
                .whenComplete((reply, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "station " + running.stationId() + ": CostUpdated of transaction "
                                + running.id() + " failed", failure);
                        shown.remove(running.id(), now.get());
                    }
                }));
        return true;
    }

    static boolean worthShowing(Money last, Money now) {
        BigDecimal from = last == null ? BigDecimal.ZERO : last.amount();
        return now.amount().subtract(from).abs().compareTo(STEP) >= 0;
    }
}
