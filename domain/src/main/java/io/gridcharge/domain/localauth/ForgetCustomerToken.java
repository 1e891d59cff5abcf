package io.gridcharge.domain.localauth;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.station.StationId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A station told to clear a customer's information (OCPP 2.0.1 N10, CustomerInformation with clear) removes the
 * customer's token from its local list as well. Where the token is on the list the platform keeps for the station,
 * the CSMS updates the list (N10.FR.02): the token leaves the operator's selection, or the next update would send
 * it again, and a differential SendLocalList removes it under a new version, so that station and platform agree on
 * the list and its version. A token held only as a member of a chosen group stays with its group: whether the
 * group stays on the list is the operator's choice.
 */
public final class ForgetCustomerToken {
    private final ChooseLocalList choose;
    private final SynchronizeLocalList synchronize;

    public ForgetCustomerToken(ChooseLocalList choose, SynchronizeLocalList synchronize) {
        this.choose = choose;
        this.synchronize = synchronize;
    }

    /** @return how the update went; empty when the token is neither chosen nor held for the station */
    public Optional<LocalListSync> cleared(StationId station, IdToken token) {
        LocalListSelection selection = choose.selection(station);
        boolean chosen = selection.tokens().contains(token);
        boolean held = choose.state(station).held().containsKey(token);
        if (!chosen && !held) {
            return Optional.empty();
        }
        if (chosen) {
            Set<IdToken> rest = new HashSet<>(selection.tokens());
            rest.remove(token);
            choose.choose(station, new LocalListSelection(rest, selection.groups()));
        }
        return Optional.of(synchronize.synchronize(station, false));
    }
}
