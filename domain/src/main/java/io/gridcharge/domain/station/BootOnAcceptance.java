package io.gridcharge.domain.station;

import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.event.DomainEvent;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An operator accepts a station that waits in Pending (OCPP 1.6 §4.2): if it is connected, the platform asks
 * it to boot again now (TriggerMessage BootNotification, §5.17) rather than leave it waiting out the retry
 * interval it was given. Its next BootNotification is answered Accepted with the heartbeat interval, and only
 * then may it send anything else. A Rejected station is not asked: §4.2 has the central system leave it alone.
 * The trigger is sent without waiting for the answer, so the operator's change never waits on the station.
 */
public final class BootOnAcceptance implements Consumer<DomainEvent> {
    private static final Logger LOG = Logger.getLogger(BootOnAcceptance.class.getName());
    private static final StationCommand BOOT_NOW =
            new StationCommand.TriggerMessage(StationCommand.TriggeredMessage.BOOT_NOTIFICATION, null);

    private final StationPresence presence;
    private final StationCommands commands;

    public BootOnAcceptance(StationPresence presence, StationCommands commands) {
        this.presence = presence;
        this.commands = commands;
    }

    @Override
    public void accept(DomainEvent event) {
        if (event instanceof StationEvents.RegistrationChanged changed
                && changed.previous() == RegistrationStatus.PENDING
                && changed.current() == RegistrationStatus.ACCEPTED
                && presence.isConnected(changed.stationId())) {
            StationId station = changed.stationId();
            commands.send(station, BOOT_NOW).whenComplete((reply, failure) -> {
                if (failure != null) {
                    LOG.log(Level.WARNING, "station " + station + ": accepted, but asking it to boot again failed;"
                            + " it will be accepted at its next BootNotification", failure);
                } else {
                    LOG.info(() -> "station " + station + ": accepted; asked to boot again, it answered "
                            + reply.status());
                }
            });
        }
    }
}
