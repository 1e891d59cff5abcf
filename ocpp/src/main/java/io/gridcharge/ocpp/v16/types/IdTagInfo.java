package io.gridcharge.ocpp.v16.types;

import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 §7.27 IdTagInfo: an id tag's authorization status, with its expiry and group (parent) tag. */
public record IdTagInfo(Instant expiryDate, String parentIdTag, AuthorizationStatus status) {
    public IdTagInfo {
        Require.maxLength(parentIdTag, 20, "parentIdTag");
        Require.present(status, "status");
    }
}
