package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetNetworkProfileRequest (functional block B Provisioning, use case B09): the CSMS sets a network
 * connection profile in a configuration slot.
 *
 * @param configurationSlot Slot in which the configuration should be stored.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetNetworkProfileRequest(
        Integer configurationSlot,
        NetworkConnectionProfileType connectionData,
        CustomDataType customData) implements OcppRequest<SetNetworkProfileResponse> {

    public SetNetworkProfileRequest {
        Require.present(configurationSlot, "configurationSlot");
        Require.present(connectionData, "connectionData");
    }

    /** The required fields only. */
    public static SetNetworkProfileRequest of(Integer configurationSlot, NetworkConnectionProfileType connectionData) {
        return new SetNetworkProfileRequest(configurationSlot, connectionData, null);
    }
}
