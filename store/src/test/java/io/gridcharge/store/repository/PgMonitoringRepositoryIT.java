package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.monitoring.AlarmRule;
import io.gridcharge.domain.monitoring.CustomerInformationPart;
import io.gridcharge.domain.monitoring.EventQuery;
import io.gridcharge.domain.monitoring.ReportedEvent;
import io.gridcharge.domain.monitoring.StationAlarm;
import io.gridcharge.domain.monitoring.StoredEvent;
import io.gridcharge.domain.monitoring.VariableMonitor;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgMonitoringRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final StationId CP_2 = StationId.of("CP-2");

    private PgMonitoringRepository monitoring;

    @BeforeEach
    void twoStations() {
        Fixtures.emptyAllTables(db.jdbi());
        new PgStationRepository(db.jdbi()).insert(aStation("CP-1").build());
        new PgStationRepository(db.jdbi()).insert(aStation("CP-2").build());
        monitoring = new PgMonitoringRepository(db.jdbi());
    }

    private static ReportedEvent event(int eventId, int minute, String component, Integer evse, String variable) {
        return new ReportedEvent(eventId, minutes(minute), "Delta", null, "v" + eventId, null, null, false, null,
                new ComponentRef(component, null, evse, null), VariableRef.of(variable), null, "HardWiredMonitor");
    }

    @Test
    void anEventIsKeptOnceAndFoundByComponentVariableEvseAndTime() {
        StoredEvent kept = monitoring.addEvent(CP_1, event(1, 0, "EVSE", 1, "Power"), 3, minutes(0)).orElseThrow();
        assertThat(monitoring.addEvent(CP_1, event(1, 0, "EVSE", 1, "Power"), 3, minutes(1))).isEmpty();
        monitoring.addEvent(CP_1, event(2, 1, "Connector", 1, "AvailabilityState"), null, minutes(1));
        monitoring.addEvent(CP_1, event(3, 2, "EVSE", 2, "Power"), null, minutes(2));
        monitoring.addEvent(CP_2, event(1, 0, "EVSE", 1, "Power"), null, minutes(0));

        assertThat(monitoring.events(CP_1, EventQuery.all(), PageRequest.first(10)).items())
                .extracting(e -> e.event().eventId()).containsExactly(3, 2, 1);
        assertThat(monitoring.events(CP_1, new EventQuery("evse", "POWER", 1, null, null, null),
                PageRequest.first(10)).items()).singleElement()
                .satisfies(e -> {
                    assertThat(e.id()).isEqualTo(kept.id());
                    assertThat(e.severity()).isEqualTo(3);
                    assertThat(e.event()).isEqualTo(event(1, 0, "EVSE", 1, "Power"));
                });
        assertThat(monitoring.events(CP_1, new EventQuery(null, null, null, "delta", minutes(1), minutes(2)),
                PageRequest.first(10)).items()).extracting(e -> e.event().eventId()).containsExactly(2);
    }

    @Test
    void aMonitorReportedAgainReplacesItself() {
        monitoring.putMonitors(CP_1, List.of(monitor(7, "22000", 2, 1), monitor(8, "5", 7, 1)));
        monitoring.putMonitors(CP_1, List.of(monitor(7, "11000", 4, 2)));

        assertThat(monitoring.monitors(CP_1)).extracting(VariableMonitor::monitorId).containsExactly(7, 8);
        VariableMonitor seven = monitoring.monitor(CP_1, 7).orElseThrow();
        assertThat(seven.value()).isEqualByComparingTo("11000");
        assertThat(seven.severity()).isEqualTo(4);
        assertThat(seven.requestId()).isEqualTo(2);
        assertThat(monitoring.monitor(CP_2, 7)).isEmpty();
    }

    @Test
    void customerInformationPartsAreKeptOnceInOrder() {
        assertThat(monitoring.addCustomerInformation(part(1, true, "a"))).isTrue();
        assertThat(monitoring.addCustomerInformation(part(0, true, "b"))).isTrue();
        assertThat(monitoring.addCustomerInformation(part(0, true, "again"))).isFalse();

        assertThat(monitoring.customerInformation(CP_1, 4)).extracting(CustomerInformationPart::data)
                .containsExactly("b", "a");
    }

    @Test
    void rulesForAStationAreItsOwnAndThoseForAllAndAlarmsAreAcknowledgedOnce() {
        AlarmRule own = monitoring.addRule(AlarmRule.of(CP_1, "EVSE", null, null));
        AlarmRule all = monitoring.addRule(AlarmRule.of(null, null, null, 2));
        monitoring.addRule(AlarmRule.of(CP_2, "Connector", null, null));
        StoredEvent event = monitoring.addEvent(CP_1, event(1, 0, "EVSE", 1, "Power"), 1, minutes(0)).orElseThrow();

        StationAlarm alarm = monitoring.raise(new StationAlarm(0, CP_1, own.id(), event.id(), "EVSE", "Power", "v1",
                1, minutes(0), null, null));
        monitoring.acknowledge(alarm.id(), "ops-1", minutes(5));
        StationAlarm again = monitoring.acknowledge(alarm.id(), "ops-2", minutes(6)).orElseThrow();

        assertThat(monitoring.rulesFor(CP_1)).containsExactly(own, all);
        assertThat(again.acknowledgedBy()).isEqualTo("ops-1");
        assertThat(again.acknowledgedAt()).isEqualTo(minutes(5));
        assertThat(monitoring.alarms(CP_1, true, PageRequest.first(10)).items()).isEmpty();
        assertThat(monitoring.alarms(null, false, PageRequest.first(10)).items()).containsExactly(again);
        assertThat(monitoring.removeRule(own.id())).isTrue();
        assertThat(monitoring.removeRule(own.id())).isFalse();
        assertThat(monitoring.alarm(alarm.id())).as("an alarm outlives its rule").isPresent();
    }

    private static VariableMonitor monitor(int id, String value, int severity, int requestId) {
        return new VariableMonitor(id, new ComponentRef("EVSE", null, 1, null), VariableRef.of("Power"), false,
                new BigDecimal(value), "UpperThreshold", severity, requestId, minutes(requestId));
    }

    private static CustomerInformationPart part(int seqNo, boolean continues, String data) {
        return new CustomerInformationPart(CP_1, 4, seqNo, data, continues, minutes(0), minutes(seqNo));
    }
}
