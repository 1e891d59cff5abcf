package io.gridcharge.gateway;

import io.gridcharge.domain.journal.MessageJournal;
import io.gridcharge.domain.station.StationPresence;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

/** What every connection shares: the ports it reports to and the server's settings and scheduler. */
record ConnectionServices(GatewayConfig config, StationPresence presence, MessageJournal journal, Clock clock,
                          GatewayMetrics metrics, ScheduledExecutorService scheduler) {
}
