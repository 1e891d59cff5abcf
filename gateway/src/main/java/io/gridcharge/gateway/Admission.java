package io.gridcharge.gateway;

import io.gridcharge.domain.security.ConnectionTransport;
import io.gridcharge.domain.security.StationAdmission;
import io.gridcharge.domain.station.StationAuthentication;
import io.gridcharge.domain.station.StationId;

/** Who may connect over which transport; runs off the event loop (password hashes are slow by design). */
@FunctionalInterface
interface Admission {

    StationAdmission.Verdict admit(StationId id, String password, ConnectionTransport transport);

    /** Security Profile 1 only: the password decides, the transport does not matter. */
    static Admission passwordOnly(StationAuthentication authentication) {
        return (id, password, transport) -> switch (authentication.check(id, password)) {
            case ALLOWED -> StationAdmission.Verdict.ALLOWED;
            case UNKNOWN_STATION -> StationAdmission.Verdict.UNKNOWN_STATION;
            case BAD_PASSWORD -> StationAdmission.Verdict.BAD_PASSWORD;
        };
    }
}
