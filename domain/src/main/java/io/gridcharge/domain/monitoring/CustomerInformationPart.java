package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * A part of what a station holds about a customer, sent in answer to CustomerInformation (OCPP 2.0.1 N09/N10
 * NotifyCustomerInformation); the parts of a request, in order, are the whole report.
 *
 * @param continues  true when more parts follow (tbc)
 * @param receivedAt when it came; null until it is recorded
 */
public record CustomerInformationPart(StationId stationId, int requestId, int seqNo, String data, boolean continues,
                                      Instant generatedAt, Instant receivedAt) {
    public CustomerInformationPart {
        Require.present(stationId, "stationId");
        Require.present(data, "data");
        Require.maxLength(data, 512, "data");
        Require.present(generatedAt, "generatedAt");
        if (seqNo < 0) {
            throw new InvalidInput("seqNo", "must not be negative");
        }
    }

    public CustomerInformationPart receivedAt(Instant at) {
        return new CustomerInformationPart(stationId, requestId, seqNo, data, continues, generatedAt, at);
    }
}
