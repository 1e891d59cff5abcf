package io.gridcharge.ocpp.v201.remotecontrol;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 UnlockConnectorRequest (functional block F Remote control, use case F05): the CSMS asks the station
 * to unlock a connector.
 *
 * @param evseId This contains the identifier of the EVSE for which a connector needs to be unlocked.
 * @param connectorId This contains the identifier of the connector that needs to be unlocked.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record UnlockConnectorRequest(
        Integer evseId,
        Integer connectorId,
        CustomDataType customData) implements OcppRequest<UnlockConnectorResponse> {

    public UnlockConnectorRequest {
        Require.present(evseId, "evseId");
        Require.present(connectorId, "connectorId");
    }

    /** The required fields only. */
    public static UnlockConnectorRequest of(Integer evseId, Integer connectorId) {
        return new UnlockConnectorRequest(evseId, connectorId, null);
    }
}
