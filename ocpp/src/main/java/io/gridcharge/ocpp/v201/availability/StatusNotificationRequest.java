package io.gridcharge.ocpp.v201.availability;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 StatusNotificationRequest (functional block G Availability, use case G01): the station reports the
 * status of one connector.
 *
 * @param timestamp The time for which the status is reported.
 * @param evseId The id of the EVSE to which the connector belongs for which the the status is reported.
 * @param connectorId The id of the connector within the EVSE for which the status is reported.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record StatusNotificationRequest(
        Instant timestamp,
        ConnectorStatusEnumType connectorStatus,
        Integer evseId,
        Integer connectorId,
        CustomDataType customData) implements OcppRequest<StatusNotificationResponse> {

    public StatusNotificationRequest {
        Require.present(timestamp, "timestamp");
        Require.present(connectorStatus, "connectorStatus");
        Require.present(evseId, "evseId");
        Require.present(connectorId, "connectorId");
    }

    /** The required fields only. */
    public static StatusNotificationRequest of(
            Instant timestamp,
            ConnectorStatusEnumType connectorStatus,
            Integer evseId,
            Integer connectorId) {
        return new StatusNotificationRequest(timestamp, connectorStatus, evseId, connectorId, null);
    }
}
