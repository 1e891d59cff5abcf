package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 EVSEType: eVSE Electric Vehicle Supply Equipment
 *
 * @param id EVSE Identifier.
 * @param connectorId An id to designate a specific connector (on an EVSE) by connector index number.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record EVSEType(
        Integer id,
        Integer connectorId,
        CustomDataType customData) {

    public EVSEType {
        Require.present(id, "id");
        // Not in the schema; the spec's EVSEType table: "a number (> 0) designating an EVSE". EVSE 0, the
        // station as a whole, is said by leaving the EVSE out.
        Require.atLeast(id, 1, "id");
    }

    /** The required fields only. */
    public static EVSEType of(Integer id) {
        return new EVSEType(id, null, null);
    }
}
