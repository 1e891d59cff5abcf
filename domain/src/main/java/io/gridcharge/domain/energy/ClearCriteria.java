package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;

/**
 * What ClearChargingProfile removes (OCPP 1.6 §6.13, §5.5): the profile with {@code profileId}; else every
 * profile matching all the criteria given (connector, purpose, stack level); with nothing given, every profile.
 */
public record ClearCriteria(Integer profileId, Integer connectorId, ChargingProfilePurpose purpose,
                            Integer stackLevel) {
    public ClearCriteria {
        if (connectorId != null && connectorId < 0) {
            throw new InvalidInput("connectorId", "must not be negative");
        }
        if (stackLevel != null && stackLevel < 0) {
            throw new InvalidInput("stackLevel", "must not be negative");
        }
    }

    public static ClearCriteria byId(int profileId) {
        return new ClearCriteria(profileId, null, null, null);
    }

    public static ClearCriteria everything() {
        return new ClearCriteria(null, null, null, null);
    }

    /** §5.5: "if id is specified, all other fields are ignored". */
    public boolean matches(InstalledChargingProfile installed) {
        if (profileId != null) {
            return installed.profile().id() == profileId;
        }
        return (connectorId == null || installed.connectorId() == connectorId)
                && (purpose == null || installed.profile().purpose() == purpose)
                && (stackLevel == null || installed.profile().stackLevel() == stackLevel);
    }
}
