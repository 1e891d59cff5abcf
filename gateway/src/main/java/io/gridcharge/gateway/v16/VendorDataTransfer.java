package io.gridcharge.gateway.v16;

import io.gridcharge.domain.station.StationId;
import io.gridcharge.ocpp.v16.core.DataTransferResponse;

/**
 * Answers a station's DataTransfer.req for one vendor id (OCPP 1.6 §4.3): vendor extensions plug in here,
 * at the edge, without the domain knowing the wire. Return UnknownMessageId for message ids it does not know.
 */
@FunctionalInterface
public interface VendorDataTransfer {
    DataTransferResponse handle(StationId station, String messageId, String data);
}
