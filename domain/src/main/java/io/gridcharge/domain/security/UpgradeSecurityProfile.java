package io.gridcharge.domain.security;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Moves a station to a higher security profile (OCPP 1.6 Security Whitepaper A05: ChangeConfiguration of
 * SecurityProfile). Only upgrades are sent: the whitepaper does not let a station go back to a lower profile.
 * Once the station answers Accepted, the new profile is recorded, the platform refuses it any lower one
 * ({@link StationAdmission}), and a Hard Reset makes the station reconnect with the new profile (OCA test case
 * TC_083: ChangeConfiguration, then Reset Hard); any other answer changes nothing.
 */
public final class UpgradeSecurityProfile {
    private static final Logger LOG = Logger.getLogger(UpgradeSecurityProfile.class.getName());
    public static final String KEY = "SecurityProfile";

    private final StationRepository stations;
    private final StationSecurityRepository security;
    private final StationCommands commands;
    private final EventPublisher events;
    private final Clock clock;

    public UpgradeSecurityProfile(StationRepository stations, StationSecurityRepository security,
                                  StationCommands commands, EventPublisher events, Clock clock) {
        this.stations = stations;
        this.security = security;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
    }

    public CompletableFuture<CommandReply> upgrade(StationId id, SecurityProfile target) {
        if (stations.find(id).isEmpty()) {
            throw new NotFound("station", id);
        }
        StationSecurity current = current(id);
        if (target.number() <= current.profile().number()) {
            throw new Conflict("station " + id + " is at security profile " + current.profile().number()
                    + "; only a higher profile can be sent");
        }
        return commands.send(id, new StationCommand.ChangeConfiguration(KEY, String.valueOf(target.number())))
                .thenApply(reply -> {
                    if ("Accepted".equals(reply.status())) {
                        StationSecurity before = current(id);
                        security.save(before.withProfile(target, clock.instant()));
                        events.publish(new SecurityEvents.SecurityProfileChanged(id, before.profile(), target,
                                clock.instant()));
                        commands.send(id, new StationCommand.Reset(StationCommand.ResetKind.HARD))
                                .whenComplete((reset, failure) -> LOG.info(() -> "station " + id
                                        + ": Reset after the security profile upgrade answered "
                                        + (failure == null ? reset.status() : failure.getMessage())));
                    }
                    return reply;
                });
    }

    private StationSecurity current(StationId id) {
        return security.find(id).orElseGet(() -> StationSecurity.initial(id, clock.instant()));
    }
}
