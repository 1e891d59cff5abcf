package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ChargingStationType: the physical system where an Electrical Vehicle (EV) can be charged.
 *
 * @param serialNumber Vendor-specific device identifier.
 * @param model Defines the model of the device.
 * @param vendorName Identifies the vendor (not necessarily in a unique manner).
 * @param firmwareVersion This contains the firmware version of the Charging Station.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChargingStationType(
        String serialNumber,
        String model,
        ModemType modem,
        String vendorName,
        String firmwareVersion,
        CustomDataType customData) {

    public ChargingStationType {
        Require.maxLength(serialNumber, 25, "serialNumber");
        Require.present(model, "model");
        Require.maxLength(model, 20, "model");
        Require.present(vendorName, "vendorName");
        Require.maxLength(vendorName, 50, "vendorName");
        Require.maxLength(firmwareVersion, 50, "firmwareVersion");
    }

    /** The required fields only. */
    public static ChargingStationType of(String model, String vendorName) {
        return new ChargingStationType(null, model, null, vendorName, null, null);
    }
}
