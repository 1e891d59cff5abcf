package io.gridcharge.domain.localauth;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.Require;

/**
 * One entry of a local list update: a token with the answer the station may give offline, or, in a
 * differential update, a token without one, which removes it from the station's list (OCPP 1.6 §5.15).
 */
public record LocalListEntry(IdToken idToken, Authorization authorization) {
    public LocalListEntry {
        Require.present(idToken, "idToken");
    }

    public static LocalListEntry removal(IdToken idToken) {
        return new LocalListEntry(idToken, null);
    }

    public boolean isRemoval() {
        return authorization == null;
    }
}
