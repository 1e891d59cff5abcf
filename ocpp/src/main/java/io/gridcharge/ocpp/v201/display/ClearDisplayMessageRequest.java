package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ClearDisplayMessageRequest (functional block O Display message, use case O05): the CSMS removes a
 * display message.
 *
 * @param id Id of the message that SHALL be removed from the Charging Station.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearDisplayMessageRequest(
        Integer id,
        CustomDataType customData) implements OcppRequest<ClearDisplayMessageResponse> {

    public ClearDisplayMessageRequest {
        Require.present(id, "id");
    }

    /** The required fields only. */
    public static ClearDisplayMessageRequest of(Integer id) {
        return new ClearDisplayMessageRequest(id, null);
    }
}
