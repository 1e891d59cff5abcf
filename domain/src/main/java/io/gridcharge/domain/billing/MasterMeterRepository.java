package io.gridcharge.domain.billing;

import io.gridcharge.domain.tenant.SiteId;
import java.time.Instant;
import java.util.List;

/** Readings of each site's master meter (the grid connection's energy register). */
public interface MasterMeterRepository {
    /** False when the site has a reading at that instant already. */
    boolean record(SiteId site, MeterReading reading);

    /** The readings from {@code from} (inclusive) to {@code to} (exclusive), in time order. */
    List<MeterReading> readings(SiteId site, Instant from, Instant to);
}
