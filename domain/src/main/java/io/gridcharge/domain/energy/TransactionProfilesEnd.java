package io.gridcharge.domain.energy;

import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.event.DomainEvent;
import java.util.function.Consumer;

/**
 * When a transaction stops, the station drops its TxProfiles (OCPP 1.6 §3.13.1: a TxProfile applies to one
 * transaction); the platform forgets them too: those naming the transaction, and those given with a remote
 * start on its connector before its id was known.
 */
public final class TransactionProfilesEnd implements Consumer<DomainEvent> {
    private final InstalledProfiles installed;

    public TransactionProfilesEnd(InstalledProfiles installed) {
        this.installed = installed;
    }

    @Override
    public void accept(DomainEvent event) {
        if (event instanceof ChargingEvents.TransactionStopped stopped) {
            installed.change(stopped.stationId(), held -> held.endTransaction(
                    stopped.transaction().id(), stopped.transaction().connectorId()));
        }
    }
}
