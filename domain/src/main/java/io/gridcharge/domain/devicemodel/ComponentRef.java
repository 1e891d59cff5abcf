package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;

/**
 * A component of a station's device model (OCPP 2.0.1 Part 1 §4, Part 2 ComponentType): its name, an instance
 * when there are several, and the EVSE and connector it belongs to, if any. Names are compared without regard to
 * case, as the spec says they are case-insensitive.
 *
 * @param evseId      the EVSE (&gt; 0), or null for a component of the whole station
 * @param connectorId a connector of that EVSE (&gt; 0), or null; only with an EVSE
 */
public record ComponentRef(String name, String instance, Integer evseId, Integer connectorId) {
    public static final int MAX_NAME_LENGTH = 50;

    public ComponentRef {
        Require.text(name, MAX_NAME_LENGTH, "component.name");
        Require.maxLength(instance, MAX_NAME_LENGTH, "component.instance");
        if (evseId != null && evseId < 0) {
            throw new InvalidInput("component.evse.id", "must be 0 or more");
        }
        if (connectorId != null && (evseId == null || connectorId < 0)) {
            throw new InvalidInput("component.evse.connectorId", "needs an EVSE and must be 0 or more");
        }
    }

    /** A component of the whole station, e.g. OCPPCommCtrlr. */
    public static ComponentRef of(String name) {
        return new ComponentRef(name, null, null, null);
    }
}
