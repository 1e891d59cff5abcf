package io.gridcharge.domain.authorization;

import io.gridcharge.domain.station.StationId;
import java.util.Optional;

/**
 * Port: whether a token whose own status is Accepted may charge at a station, beyond the token itself (billing:
 * a prepaid wallet below the site's minimum, issue 7). A refusal is answered Blocked and names why.
 */
public interface ChargingPermission {
    ChargingPermission ANY = (station, token) -> Optional.empty();

    Optional<String> refusal(StationId station, IdToken idToken);
}
