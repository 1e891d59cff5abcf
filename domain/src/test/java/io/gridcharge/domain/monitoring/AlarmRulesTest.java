package io.gridcharge.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryMonitoring;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmRulesTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final StationId CP_2 = StationId.of("CP-2");
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final InMemoryMonitoring monitoring = new InMemoryMonitoring();
    private final Fakes.RecordedEvents events = new Fakes.RecordedEvents();
    private final Fakes.ManualClock clock = new Fakes.ManualClock(T0);
    private final RecordStationEvents record = new RecordStationEvents(monitoring, events, clock);
    private final AlarmAdministration alarms = new AlarmAdministration(monitoring, clock);

    private static ReportedEvent event(int eventId, String component, String variable, Integer monitorId,
                                       boolean cleared) {
        return new ReportedEvent(eventId, T0, "Alerting", null, "x", null, null, cleared, null,
                ComponentRef.of(component), VariableRef.of(variable), monitorId,
                monitorId == null ? "HardWiredNotification" : "CustomMonitor");
    }

    @Test
    void aRuleMatchesNamesWithoutRegardToCaseAndEveryPartGivenMustMatch() {
        AlarmRule rule = AlarmRule.of(CP_1, "connector", "AvailabilityState", null);

        assertThat(rule.matches(CP_1, event(1, "Connector", "availabilitystate", null, false), null)).isTrue();
        assertThat(rule.matches(CP_1, event(1, "Connector", "Problem", null, false), null)).isFalse();
        assertThat(rule.matches(CP_2, event(1, "Connector", "AvailabilityState", null, false), null))
                .as("a rule for one station").isFalse();
        assertThat(AlarmRule.of(null, "Connector", null, null)
                .matches(CP_2, event(1, "Connector", "Problem", null, false), null)).as("a rule for all").isTrue();
    }

    @Test
    void aSeverityThresholdMatchesThatSeverityAndWorseButNotAnEventOfAnUnknownMonitor() {
        AlarmRule rule = AlarmRule.of(null, null, null, 2);

        assertThat(rule.matches(CP_1, event(1, "EVSE", "Power", 7, false), 0)).isTrue();
        assertThat(rule.matches(CP_1, event(1, "EVSE", "Power", 7, false), 2)).isTrue();
        assertThat(rule.matches(CP_1, event(1, "EVSE", "Power", 7, false), 3)).isFalse();
        assertThat(rule.matches(CP_1, event(1, "EVSE", "Power", null, false), null)).isFalse();
    }

    @Test
    void anEventReportingAProblemClearedRaisesNothing() {
        assertThat(AlarmRule.of(null, "EVSE", null, null).matches(CP_1, event(1, "EVSE", "Power", null, true), null))
                .isFalse();
    }

    @Test
    void aRuleNamesSomethingAndASeverityIsOneOfOcppsTen() {
        assertThatThrownBy(() -> AlarmRule.of(CP_1, " ", null, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AlarmRule.of(CP_1, null, null, 10)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aMatchingEventRaisesOneAlarmPerRuleWithTheSeverityOfItsMonitorAndIsAnnounced() {
        monitoring.putMonitors(CP_1, List.of(new VariableMonitor(21, ComponentRef.of("EVSE"), VariableRef.of("Power"),
                false, new BigDecimal("22000"), "UpperThreshold", 1, 3, T0)));
        alarms.define(AlarmRule.of(CP_1, "EVSE", null, null));
        alarms.define(AlarmRule.of(null, null, null, 2));

        record.record(CP_1, List.of(event(5, "EVSE", "Power", 21, false), event(6, "Connector", "Problem", null,
                false)));

        var raised = alarms.alarms(CP_1, true, PageRequest.first(10)).items();
        assertThat(raised).hasSize(2).allSatisfy(alarm -> {
            assertThat(alarm.variableName()).isEqualTo("Power");
            assertThat(alarm.severity()).isEqualTo(1);
        });
        assertThat(events.of(MonitoringEvents.AlarmRaised.class)).hasSize(2);
    }

    @Test
    void anEventReceivedAgainIsKeptOnceAndRaisesNothingAgain() {
        alarms.define(AlarmRule.of(null, "Connector", null, null));

        record.record(CP_1, List.of(event(5, "Connector", "Problem", null, false)));
        record.record(CP_1, List.of(event(5, "Connector", "Problem", null, false)));

        assertThat(monitoring.events(CP_1, EventQuery.all(), PageRequest.first(10)).total()).isEqualTo(1);
        assertThat(events.of(MonitoringEvents.AlarmRaised.class)).hasSize(1);
    }

    @Test
    void anAlarmIsAcknowledgedOnceAndAnUnknownOneIsNotFound() {
        alarms.define(AlarmRule.of(null, "Connector", null, null));
        record.record(CP_1, List.of(event(5, "Connector", "Problem", null, false)));
        long id = alarms.alarms(null, true, PageRequest.first(10)).items().getFirst().id();

        StationAlarm first = alarms.acknowledge(id, "ops-1");
        clock.advance(Duration.ofMinutes(5));
        StationAlarm second = alarms.acknowledge(id, "ops-2");

        assertThat(first.isOpen()).isFalse();
        assertThat(second.acknowledgedBy()).isEqualTo("ops-1");
        assertThat(second.acknowledgedAt()).isEqualTo(T0);
        assertThat(alarms.alarms(CP_1, true, PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> alarms.acknowledge(999, "ops-1")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> alarms.remove(999)).isInstanceOf(NotFound.class);
    }
}
