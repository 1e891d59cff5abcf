package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ModemType: defines parameters required for initiating and maintaining wireless communication with
 * other devices.
 *
 * @param iccid This contains the ICCID of the modem’s SIM card.
 * @param imsi This contains the IMSI of the modem’s SIM card.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ModemType(
        String iccid,
        String imsi,
        CustomDataType customData) {

    public ModemType {
        Require.maxLength(iccid, 20, "iccid");
        Require.maxLength(imsi, 20, "imsi");
    }

    /** No optional field set. */
    public static ModemType of() {
        return new ModemType(null, null, null);
    }
}
