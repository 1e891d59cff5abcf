package io.gridcharge.domain.energy;

import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.station.StationId;
import java.util.concurrent.CompletableFuture;

/**
 * Sends a charging profile to a station (OCPP 1.6 §5.16) and, when the station accepts it, records it as held,
 * replacing what it replaces (§3.13.2). A TxProfile needs a transaction running on its connector (§3.13.1:
 * the station rejects it otherwise); it is sent naming that transaction, so that it ends with it.
 */
public final class InstallChargingProfile {
    static final String ACCEPTED = "Accepted";

    private final StationCommands commands;
    private final InstalledProfiles installed;
    private final RunningTransactions running;

    public InstallChargingProfile(StationCommands commands, InstalledProfiles installed,
                                  TransactionRepository transactions) {
        this.commands = commands;
        this.installed = installed;
        this.running = new RunningTransactions(transactions);
    }

    /**
     * The station's answer. Fails at once with {@link Conflict} for a TxProfile when no transaction runs on the
     * connector, or when the profile names another transaction than the one running.
     */
    public CompletableFuture<ProfileInstallation> install(StationId stationId, int connectorId,
                                                          ChargingProfile profile) {
        ChargingProfile sent = profile;
        String stationTransactionId = null;
        if (profile.purpose() == ChargingProfilePurpose.TX) {
            Transaction transaction = running.transactionOn(stationId, connectorId)
                    .orElseThrow(() -> new Conflict("no transaction runs on connector " + connectorId
                            + " of station " + stationId + ": a TxProfile applies to a running transaction"));
            long transactionId = transaction.id();
            stationTransactionId = transaction.stationTransactionId();
            if (profile.transactionId() != null && profile.transactionId() != transactionId) {
                throw new Conflict("transaction " + profile.transactionId() + " does not run on connector "
                        + connectorId + " of station " + stationId + " (transaction " + transactionId + " does)");
            }
            sent = profile.forTransaction(transactionId);
        }
        StationCommand.SetChargingProfile command = new StationCommand.SetChargingProfile(connectorId, sent,
                stationTransactionId);
        return commands.send(stationId, command).thenApply(reply -> {
            if (ACCEPTED.equals(reply.status())) {
                installed.change(stationId, held -> held.install(command.installed()));
            }
            return new ProfileInstallation(reply, command.installed());
        });
    }
}
