package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 BootNotificationRequest (functional block B Provisioning, use case B01, B02, B03, B04): a station
 * introduces itself after (re)booting.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record BootNotificationRequest(
        ChargingStationType chargingStation,
        BootReasonEnumType reason,
        CustomDataType customData) implements OcppRequest<BootNotificationResponse> {

    public BootNotificationRequest {
        Require.present(chargingStation, "chargingStation");
        Require.present(reason, "reason");
    }

    /** The required fields only. */
    public static BootNotificationRequest of(ChargingStationType chargingStation, BootReasonEnumType reason) {
        return new BootNotificationRequest(chargingStation, reason, null);
    }
}
