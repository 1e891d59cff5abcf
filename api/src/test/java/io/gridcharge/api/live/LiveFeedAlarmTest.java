package io.gridcharge.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.monitoring.MonitoringEvents;
import io.gridcharge.domain.monitoring.StationAlarm;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LiveFeedAlarmTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void anAlarmRaisedByAnOperatorsRuleIsAnAlarmNoticeWithWhatTrippedIt() {
        try (LiveFeed feed = new LiveFeed()) {
            StationId station = StationId.of("CP-1");
            feed.accept(new MonitoringEvents.AlarmRaised(station, new StationAlarm(7, station, 2, 40, "EVSE", "Power",
                    "23500", 1, T0, null, null), T0));

            assertThat(feed.recentNotices()).singleElement().satisfies(notice -> {
                assertThat(notice.kind()).isEqualTo("alarm");
                assertThat(notice.alarm()).isTrue();
                assertThat(notice.stationId()).isEqualTo("CP-1");
                assertThat(notice.detail()).containsEntry("alarmId", 7L).containsEntry("variable", "Power")
                        .containsEntry("actualValue", "23500").containsEntry("severity", 1);
            });
        }
    }
}
