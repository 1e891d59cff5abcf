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
    }

    /** The required fields only. */
    public static EVSEType of(Integer id) {
        return new EVSEType(id, null, null);
    }
}
