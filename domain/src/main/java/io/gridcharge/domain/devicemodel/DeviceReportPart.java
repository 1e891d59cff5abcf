package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;
import java.util.List;

/**
 * One NotifyReport message (OCPP 2.0.1 B07/B08): a part of the report the station sends for a GetBaseReport or
 * GetReport. Parts of one request carry sequence numbers from 0 and "to be continued" on all but the last.
 *
 * @param requestId   the id of the GetBaseReport / GetReport it answers
 * @param seqNo       the part's place in the report, from 0
 * @param continues   the station's tbc: more parts follow
 * @param generatedAt when the station made this part
 */
public record DeviceReportPart(int requestId, int seqNo, boolean continues, Instant generatedAt,
                               List<ReportedVariable> variables) {
    public DeviceReportPart {
        if (seqNo < 0) {
            throw new InvalidInput("seqNo", "must be 0 or more");
        }
        Require.present(generatedAt, "generatedAt");
        variables = List.copyOf(Require.present(variables, "reportData"));
    }
}
