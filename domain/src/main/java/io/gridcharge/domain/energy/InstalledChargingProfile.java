package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;

/**
 * A profile as a station holds it: on a connector, or on connector 0 for the whole station. OCPP 1.6 §3.13.1:
 * a ChargePointMaxProfile exists only on connector 0; a TxProfile belongs to a transaction on one connector;
 * a TxDefaultProfile on connector 0 applies to every connector that has none of its own.
 */
public record InstalledChargingProfile(int connectorId, ChargingProfile profile) {
    public InstalledChargingProfile {
        if (connectorId < 0) {
            throw new InvalidInput("connectorId", "must not be negative");
        }
        Require.present(profile, "profile");
        if (profile.purpose() == ChargingProfilePurpose.CHARGE_POINT_MAX && connectorId != 0) {
            throw new InvalidInput("connectorId", "must be 0 for a ChargePointMaxProfile");
        }
        if (profile.purpose() == ChargingProfilePurpose.TX && connectorId == 0) {
            throw new InvalidInput("connectorId", "must be 1 or more for a TxProfile");
        }
    }

    /**
     * OCPP 1.6 §3.13.2 and §5.16: a new profile replaces the one with the same id, and the one of the same
     * stack level and purpose on the same connector.
     */
    public boolean isReplacedBy(InstalledChargingProfile newer) {
        return profile.id() == newer.profile.id()
                || (connectorId == newer.connectorId && profile.stackLevel() == newer.profile.stackLevel()
                        && profile.purpose() == newer.profile.purpose());
    }
}
