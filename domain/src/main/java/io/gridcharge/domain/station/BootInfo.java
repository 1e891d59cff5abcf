package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.Require;

/** What a station says of itself when it boots (OCPP 1.6 §6.3 BootNotification.req). */
public record BootInfo(String vendor, String model, String serialNumber, String firmwareVersion,
                       String iccid, String imsi, String meterType, String meterSerialNumber) {
    public BootInfo {
        Require.text(vendor, 50, "vendor");
        Require.text(model, 50, "model");
    }

    public static BootInfo of(String vendor, String model) {
        return new BootInfo(vendor, model, null, null, null, null, null, null);
    }
}
