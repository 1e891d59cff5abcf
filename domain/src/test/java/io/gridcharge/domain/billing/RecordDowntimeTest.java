package io.gridcharge.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.station.StationEvents;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.InMemoryDowntime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDowntimeTest {
    private static final StationId CP = StationId.of("CP-1");
    private static final Instant T0 = Instant.parse("2026-03-10T00:00:00Z");
    private final InMemoryDowntime downtime = new InMemoryDowntime();
    private final RecordDowntime record = new RecordDowntime(downtime);

    @Test
    void aStationIsDownFromItsDisconnectionOrLastFrameUntilItConnectsAgainClippedToThePeriod() {
        record.accept(new StationEvents.WentOffline(CP, T0.plusSeconds(600), T0.plusSeconds(1500)));
        record.accept(new StationEvents.Disconnected(CP, T0.plusSeconds(1800)));
        record.accept(new StationEvents.Connected(CP, "ocpp1.6", T0.plusSeconds(2400)));
        record.accept(new StationEvents.Disconnected(CP, T0.plus(Duration.ofHours(23))));

        Duration day = downtime.within(List.of(CP), T0, T0.plus(Duration.ofDays(1)));
        Duration firstHour = downtime.within(List.of(CP), T0, T0.plusSeconds(1200));

        assertThat(day).isEqualTo(Duration.ofSeconds(1800).plus(Duration.ofHours(1)));
        assertThat(firstHour).isEqualTo(Duration.ofSeconds(600));
        assertThat(downtime.within(List.of(StationId.of("CP-2")), T0, T0.plus(Duration.ofDays(1)))).isZero();
    }
}
