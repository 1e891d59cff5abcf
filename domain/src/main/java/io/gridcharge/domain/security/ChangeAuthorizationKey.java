package io.gridcharge.domain.security;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/**
 * Gives a station a new Basic Auth password (OCPP 1.6 Security Whitepaper A01: ChangeConfiguration of
 * AuthorizationKey). The key's value is the hexadecimal representation of the password, which is 16 to 20 bytes
 * (whitepaper §2.2; OCA test case TC_073 checks both), so the station uses the password itself in its Basic
 * credentials. The new password is recorded as pending before the call leaves, so that a station that
 * accepts and reconnects at once is let in; until it has connected with the new one, the old one works too
 * ({@link StationAdmission}). An explicit refusal, or a call that never reached the station, drops the pending
 * password; a call that got no answer in time keeps it, since the station may have taken it.
 */
public final class ChangeAuthorizationKey {
    public static final String KEY = "AuthorizationKey";
    static final int MIN_BYTES = 16;
    static final int MAX_BYTES = 20;

    private final StationRepository stations;
    private final StationSecurityRepository security;
    private final StationCommands commands;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ChangeAuthorizationKey(StationRepository stations, StationSecurityRepository security,
                                  StationCommands commands, PasswordHasher hasher, Clock clock) {
        this.stations = stations;
        this.security = security;
        this.commands = commands;
        this.hasher = hasher;
        this.clock = clock;
    }

    public CompletableFuture<CommandReply> change(StationId id, String newPassword) {
        if (stations.find(id).isEmpty()) {
            throw new NotFound("station", id);
        }
        byte[] bytes = newPassword == null ? new byte[0] : newPassword.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES || bytes.length > MAX_BYTES) {
            throw new InvalidInput("password", "must be " + MIN_BYTES + " to " + MAX_BYTES + " bytes (UTF-8)");
        }
        String hash = hasher.hash(newPassword);
        StationSecurity record = security.find(id).orElseGet(() -> StationSecurity.initial(id, clock.instant()));
        security.save(record.withPendingPassword(hash, clock.instant()));
        return commands.send(id, new StationCommand.ChangeConfiguration(KEY,
                        HexFormat.of().withUpperCase().formatHex(bytes)))
                .whenComplete((reply, failure) -> {
                    boolean refused = failure == null ? !"Accepted".equals(reply.status())
                            : !(unwrap(failure) instanceof CommandFailure.NoAnswer);
                    if (refused) {
                        dropPending(id, hash);
                    }
                });
    }

    private void dropPending(StationId id, String hash) {
        security.find(id).filter(current -> hash.equals(current.pendingPasswordHash()))
                .ifPresent(current -> security.save(current.withPendingPassword(null, clock.instant())));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }
}
