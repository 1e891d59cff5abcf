package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 NotifyEVChargingNeedsRequest (functional block K Smart charging, use case K15): the station relays
 * the charging needs an EV stated over ISO 15118.
 *
 * @param maxScheduleTuples Contains the maximum schedule tuples the car supports per schedule.
 * @param evseId Defines the EVSE and connector to which the EV is connected.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyEVChargingNeedsRequest(
        Integer maxScheduleTuples,
        ChargingNeedsType chargingNeeds,
        Integer evseId,
        CustomDataType customData) implements OcppRequest<NotifyEVChargingNeedsResponse> {

    public NotifyEVChargingNeedsRequest {
        Require.present(chargingNeeds, "chargingNeeds");
        Require.present(evseId, "evseId");
    }

    /** The required fields only. */
    public static NotifyEVChargingNeedsRequest of(ChargingNeedsType chargingNeeds, Integer evseId) {
        return new NotifyEVChargingNeedsRequest(null, chargingNeeds, evseId, null);
    }
}
