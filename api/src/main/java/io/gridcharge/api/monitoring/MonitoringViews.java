package io.gridcharge.api.monitoring;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.localauth.LocalListSync;
import io.gridcharge.domain.monitoring.AlarmRule;
import io.gridcharge.domain.monitoring.CustomerInformationPart;
import io.gridcharge.domain.monitoring.ReportedEvent;
import io.gridcharge.domain.monitoring.StationAlarm;
import io.gridcharge.domain.monitoring.StoredEvent;
import io.gridcharge.domain.monitoring.VariableMonitor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON of a station's events, monitors, customer information and alarms. */
final class MonitoringViews {
    private MonitoringViews() {
    }

    record ComponentView(String name, String instance, Integer evseId, Integer connectorId) {
        static ComponentView of(ComponentRef component) {
            return new ComponentView(component.name(), component.instance(), component.evseId(),
                    component.connectorId());
        }
    }

    record VariableView(String name, String instance) {
    }

    record EventView(long id, int eventId, Instant timestamp, String trigger, Integer cause, String actualValue,
                     String techCode, String techInfo, boolean cleared, String transactionId, ComponentView component,
                     VariableView variable, Integer variableMonitoringId, String eventNotificationType,
                     Integer severity, Instant receivedAt) {
        static EventView of(StoredEvent stored) {
            ReportedEvent e = stored.event();
            return new EventView(stored.id(), e.eventId(), e.timestamp(), e.trigger(), e.causeEventId(),
                    e.actualValue(), e.techCode(), e.techInfo(), e.cleared(), e.transactionId(),
                    ComponentView.of(e.component()), new VariableView(e.variable().name(), e.variable().instance()),
                    e.variableMonitoringId(), e.notificationType(), stored.severity(), stored.receivedAt());
        }
    }

    record MonitorView(int id, ComponentView component, VariableView variable, boolean transaction, BigDecimal value,
                       String type, int severity, int requestId, Instant reportedAt) {
        static MonitorView of(VariableMonitor m) {
            return new MonitorView(m.monitorId(), ComponentView.of(m.component()),
                    new VariableView(m.variable().name(), m.variable().instance()), m.transaction(), m.value(),
                    m.type(), m.severity(), m.requestId(), m.reportedAt());
        }
    }

    record CustomerInformationView(String stationId, int requestId, boolean complete, String data,
                                   List<PartView> parts) {
        /** Complete when the last part (tbc false) came and no sequence number before it is missing. */
        static CustomerInformationView of(String stationId, int requestId, List<CustomerInformationPart> parts) {
            boolean complete = !parts.isEmpty() && !parts.getLast().continues()
                    && parts.getLast().seqNo() == parts.size() - 1;
            StringBuilder data = new StringBuilder();
            parts.forEach(p -> data.append(p.data()));
            return new CustomerInformationView(stationId, requestId, complete, data.toString(),
                    parts.stream().map(p -> new PartView(p.seqNo(), p.data(), p.continues(), p.generatedAt(),
                            p.receivedAt())).toList());
        }
    }

    /** N10.FR.02: the local list update that followed a cleared token ({@code status} "UpToDate": none was needed). */
    record LocalListUpdateView(String status, Integer version, int entries) {
        static LocalListUpdateView of(LocalListSync sync) {
            return new LocalListUpdateView(sync.upToDate() ? "UpToDate"
                    : Vocabulary.LOCAL_LIST_STATUS.name(sync.outcome()), sync.version(), sync.entries());
        }
    }

    record PartView(int seqNo, String data, boolean tbc, Instant generatedAt, Instant receivedAt) {
    }

    record AlarmRuleView(long id, String stationId, String component, String variable, Integer maxSeverity) {
        static AlarmRuleView of(AlarmRule rule) {
            return new AlarmRuleView(rule.id(), rule.stationId() == null ? null : rule.stationId().value(),
                    rule.componentName(), rule.variableName(), rule.maxSeverity());
        }
    }

    record AlarmView(long id, String stationId, long ruleId, long eventId, String component, String variable,
                     String actualValue, Integer severity, Instant raisedAt, boolean open, Instant acknowledgedAt,
                     String acknowledgedBy) {
        static AlarmView of(StationAlarm a) {
            return new AlarmView(a.id(), a.stationId().value(), a.ruleId(), a.eventId(), a.componentName(),
                    a.variableName(), a.actualValue(), a.severity(), a.raisedAt(), a.isOpen(), a.acknowledgedAt(),
                    a.acknowledgedBy());
        }
    }

    /** POST /alarm-rules. */
    record NewAlarmRule(String stationId, String component, String variable, Integer maxSeverity) {
    }
}
