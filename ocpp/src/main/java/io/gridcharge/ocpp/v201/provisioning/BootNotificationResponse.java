package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 BootNotificationResponse: the answer to {@link BootNotificationRequest}.
 *
 * @param currentTime This contains the CSMS’s current time.
 * @param interval When Status is Accepted, this contains the
 * heartbeat interval in seconds.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record BootNotificationResponse(
        Instant currentTime,
        Integer interval,
        RegistrationStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public BootNotificationResponse {
        Require.present(currentTime, "currentTime");
        Require.present(interval, "interval");
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static BootNotificationResponse of(
            Instant currentTime,
            Integer interval,
            RegistrationStatusEnumType status) {
        return new BootNotificationResponse(currentTime, interval, status, null, null);
    }
}
