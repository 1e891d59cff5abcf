package io.gridcharge.domain.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A site's master meter against the sum of its stations' meters between two master readings (issue 7): the
 * difference beyond the expected losses is flagged as possible theft or a metering fault.
 */
public record MeteringCheck(String site, Instant from, Instant to, long masterWh, long stationsWh, long differenceWh,
                            BigDecimal expectedLossPercent, long allowedLossWh, boolean flagged, String verdict) {
}
