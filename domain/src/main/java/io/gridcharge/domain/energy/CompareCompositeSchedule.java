package io.gridcharge.domain.energy;

import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

/**
 * Asks a station for its composite schedule (OCPP 1.6 §5.7) and computes the platform's expectation next to
 * it. The expectation starts where the station's answer starts (else now) and is in the unit asked for, else
 * the unit the station answered in, else amperes, so that the two line up period by period.
 */
public final class CompareCompositeSchedule {
    private final StationCommands commands;
    private final InstalledProfiles installed;
    private final RunningTransactions running;
    private final Clock clock;

    public CompareCompositeSchedule(StationCommands commands, InstalledProfiles installed,
                                    TransactionRepository transactions, Clock clock) {
        this.commands = commands;
        this.installed = installed;
        this.running = new RunningTransactions(transactions);
        this.clock = clock;
    }

    public CompletableFuture<CompositeScheduleComparison> compare(StationId stationId, int connectorId,
                                                                  int durationSeconds, ChargingRateUnit unit) {
        var command = new StationCommand.GetCompositeSchedule(connectorId, durationSeconds, unit);
        return commands.send(stationId, command).thenApply(reply -> {
            CompositeScheduleResult answer = reply.result() instanceof CompositeScheduleResult result ? result : null;
            CompositeSchedule reported = answer == null ? null : answer.schedule();
            Instant start = reported != null && reported.start() != null ? reported.start() : clock.instant();
            ChargingRateUnit expectedUnit = unit != null ? unit
                    : reported != null ? reported.unit() : ChargingRateUnit.AMPERES;
            CompositeSchedule expected = expected(stationId, connectorId, durationSeconds, expectedUnit,
                    Clock.fixed(start, ZoneOffset.UTC));
            return new CompositeScheduleComparison(reply.status(), answer, expected);
        });
    }

    /**
     * The platform's expectation alone, from now, without asking the station (which may be offline): what the
     * profiles it holds, and the transaction running on the connector, make of the next {@code durationSeconds}.
     */
    public CompositeSchedule expected(StationId stationId, int connectorId, int durationSeconds, ChargingRateUnit unit) {
        return expected(stationId, connectorId, durationSeconds, unit, clock);
    }

    private CompositeSchedule expected(StationId stationId, int connectorId, int durationSeconds, ChargingRateUnit unit,
                                       Clock from) {
        return CompositeScheduleCalculator.calculate(from, connectorId, Duration.ofSeconds(durationSeconds), unit,
                installed.of(stationId).profiles(), running.on(stationId, connectorId));
    }
}
