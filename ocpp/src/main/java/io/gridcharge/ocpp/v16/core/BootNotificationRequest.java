package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.3 BootNotification.req: a station introduces itself after (re)booting. */
public record BootNotificationRequest(
        String chargePointVendor,
        String chargePointModel,
        String chargePointSerialNumber,
        String chargeBoxSerialNumber,
        String firmwareVersion,
        String iccid,
        String imsi,
        String meterType,
        String meterSerialNumber) implements OcppRequest<BootNotificationResponse> {

    public BootNotificationRequest {
        Require.present(chargePointVendor, "chargePointVendor");
        Require.maxLength(chargePointVendor, 20, "chargePointVendor");
        Require.present(chargePointModel, "chargePointModel");
        Require.maxLength(chargePointModel, 20, "chargePointModel");
        Require.maxLength(chargePointSerialNumber, 25, "chargePointSerialNumber");
        Require.maxLength(chargeBoxSerialNumber, 25, "chargeBoxSerialNumber");
        Require.maxLength(firmwareVersion, 50, "firmwareVersion");
        Require.maxLength(iccid, 20, "iccid");
        Require.maxLength(imsi, 20, "imsi");
        Require.maxLength(meterType, 25, "meterType");
        Require.maxLength(meterSerialNumber, 25, "meterSerialNumber");
    }

    /** The two required fields only. */
    public static BootNotificationRequest of(String chargePointVendor, String chargePointModel) {
        return new BootNotificationRequest(chargePointVendor, chargePointModel, null, null, null, null, null, null, null);
    }
}
