package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.util.List;

/** The operator's side of alarms: the rules that raise them, and acknowledging them. */
public final class AlarmAdministration {
    private final MonitoringRepository monitoring;
    private final Clock clock;

    public AlarmAdministration(MonitoringRepository monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    public AlarmRule define(AlarmRule rule) {
        return monitoring.addRule(rule);
    }

    public List<AlarmRule> rules() {
        return monitoring.rules();
    }

    /** @throws NotFound when there is no such rule */
    public void remove(long ruleId) {
        if (!monitoring.removeRule(ruleId)) {
            throw new NotFound("alarm rule", ruleId);
        }
    }

    public Page<StationAlarm> alarms(StationId stationId, boolean openOnly, PageRequest page) {
        return monitoring.alarms(stationId, openOnly, page);
    }

    /** Acknowledging an acknowledged alarm changes nothing: the first acknowledgement stays. */
    public StationAlarm acknowledge(long alarmId, String by) {
        return monitoring.acknowledge(alarmId, by, clock.instant())
                .orElseThrow(() -> new NotFound("alarm", alarmId));
    }
}
