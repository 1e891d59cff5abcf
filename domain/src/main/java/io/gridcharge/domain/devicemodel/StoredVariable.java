package io.gridcharge.domain.devicemodel;

import java.time.Instant;

/** A variable of a station's device model as the platform keeps it, and when the station last reported it. */
public record StoredVariable(ReportedVariable variable, Instant reportedAt) {
}
