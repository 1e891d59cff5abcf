package io.gridcharge.domain.energy;

/**
 * OCPP 1.6 §7.10: which stack a profile belongs to. A station's limit at a moment is the lower of its
 * CHARGE_POINT_MAX profile and the profile of the transaction (TX, else TX_DEFAULT) (§3.13.3).
 */
public enum ChargingProfilePurpose {
    CHARGE_POINT_MAX, TX_DEFAULT, TX
}
