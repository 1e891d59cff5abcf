package io.gridcharge.api.live;

import java.time.Instant;
import java.util.Map;

/**
 * Something an operator watching the network should read about: a station came or went, booted, a connector
 * faulted, a charge started or ended, a critical security event. {@code alarm} marks the ones that need
 * someone to act. The console words it from {@code kind} and {@code detail}, in the reader's language.
 */
public record Notice(Instant at, String stationId, String kind, boolean alarm, Map<String, Object> detail) {
}
