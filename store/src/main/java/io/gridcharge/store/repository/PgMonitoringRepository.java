package io.gridcharge.store.repository;

import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.monitoring.AlarmRule;
import io.gridcharge.domain.monitoring.CustomerInformationPart;
import io.gridcharge.domain.monitoring.EventQuery;
import io.gridcharge.domain.monitoring.MonitoringRepository;
import io.gridcharge.domain.monitoring.ReportedEvent;
import io.gridcharge.domain.monitoring.StationAlarm;
import io.gridcharge.domain.monitoring.StoredEvent;
import io.gridcharge.domain.monitoring.VariableMonitor;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link MonitoringRepository} on PostgreSQL: tables station_events, variable_monitors, customer_information_parts,
 * alarm_rules and station_alarms.
 */
public final class PgMonitoringRepository implements MonitoringRepository {
    private static final Listing<StoredEvent> EVENTS = new Listing<>("station_events", "*",
            "occurred_at DESC, id DESC", (row, ctx) -> storedEvent(row));
    private static final Listing<StationAlarm> ALARMS = new Listing<>("station_alarms", "*",
            "raised_at DESC, id DESC", (row, ctx) -> alarm(row));

    private final Jdbi jdbi;

    public PgMonitoringRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<StoredEvent> addEvent(StationId stationId, ReportedEvent event, Integer severity,
                                          Instant receivedAt) {
        ComponentRef component = event.component();
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO station_events (station_id, event_id, occurred_at, trigger, cause_event_id,
                            actual_value, tech_code, tech_info, cleared, transaction_id, component_name,
                            component_instance, evse_id, connector_id, variable_name, variable_instance,
                            variable_monitoring_id, notification_type, severity, received_at)
                        VALUES (:stationId, :eventId, :timestamp, :trigger, :causeEventId, :actualValue, :techCode,
                            :techInfo, :cleared, :transactionId, :componentName, :componentInstance, :evseId,
                            :connectorId, :variableName, :variableInstance, :variableMonitoringId, :notificationType,
                            :severity, :receivedAt)
                        ON CONFLICT (station_id, event_id, occurred_at) DO NOTHING""")
                .bind("stationId", stationId.value())
                .bindMethods(event)
                .bind("componentName", component.name())
                .bind("componentInstance", component.instance())
                .bind("evseId", component.evseId())
                .bind("connectorId", component.connectorId())
                .bind("variableName", event.variable().name())
                .bind("variableInstance", event.variable().instance())
                .bind("severity", severity)
                .bind("receivedAt", receivedAt)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).findOne()
                .map(id -> new StoredEvent(id, stationId, event, severity, receivedAt)));
    }

    @Override
    public Page<StoredEvent> events(StationId stationId, EventQuery query, PageRequest page) {
        Where where = new Where()
                .and("station_id = :stationId", "stationId", stationId.value())
                .and("lower(component_name) = lower(:component)", "component", query.componentName())
                .and("lower(variable_name) = lower(:variable)", "variable", query.variableName())
                .and("evse_id = :evseId", "evseId", query.evseId())
                .and("lower(trigger) = lower(:trigger)", "trigger", query.trigger())
                .and("occurred_at >= :from", "from", query.from())
                .and("occurred_at < :to", "to", query.to());
        return jdbi.inTransaction(handle -> EVENTS.page(handle, where, page));
    }

    private static StoredEvent storedEvent(ResultSet row) throws SQLException {
        ReportedEvent event = new ReportedEvent(row.getInt("event_id"), Columns.instant(row, "occurred_at"),
                row.getString("trigger"), Columns.nullableInt(row, "cause_event_id"), row.getString("actual_value"),
                row.getString("tech_code"), row.getString("tech_info"), row.getBoolean("cleared"),
                row.getString("transaction_id"), component(row), new VariableRef(row.getString("variable_name"),
                row.getString("variable_instance")), Columns.nullableInt(row, "variable_monitoring_id"),
                row.getString("notification_type"));
        return new StoredEvent(row.getLong("id"), StationId.of(row.getString("station_id")), event,
                Columns.nullableInt(row, "severity"), Columns.instant(row, "received_at"));
    }

    private static ComponentRef component(ResultSet row) throws SQLException {
        return new ComponentRef(row.getString("component_name"), row.getString("component_instance"),
                Columns.nullableInt(row, "evse_id"), Columns.nullableInt(row, "connector_id"));
    }

    @Override
    public void putMonitors(StationId stationId, List<VariableMonitor> monitors) {
        jdbi.useTransaction(handle -> {
            for (VariableMonitor monitor : monitors) {
                ComponentRef component = monitor.component();
                handle.createUpdate("""
                                INSERT INTO variable_monitors (station_id, monitor_id, component_name,
                                    component_instance, evse_id, connector_id, variable_name, variable_instance,
                                    transaction_only, value, type, severity, request_id, reported_at)
                                VALUES (:stationId, :monitorId, :componentName, :componentInstance, :evseId,
                                    :connectorId, :variableName, :variableInstance, :transaction, :value, :type,
                                    :severity, :requestId, :reportedAt)
                                ON CONFLICT (station_id, monitor_id) DO UPDATE SET
                                    component_name = EXCLUDED.component_name,
                                    component_instance = EXCLUDED.component_instance, evse_id = EXCLUDED.evse_id,
                                    connector_id = EXCLUDED.connector_id, variable_name = EXCLUDED.variable_name,
                                    variable_instance = EXCLUDED.variable_instance,
                                    transaction_only = EXCLUDED.transaction_only, value = EXCLUDED.value,
                                    type = EXCLUDED.type, severity = EXCLUDED.severity,
                                    request_id = EXCLUDED.request_id, reported_at = EXCLUDED.reported_at""")
                        .bind("stationId", stationId.value())
                        .bindMethods(monitor)
                        .bind("componentName", component.name())
                        .bind("componentInstance", component.instance())
                        .bind("evseId", component.evseId())
                        .bind("connectorId", component.connectorId())
                        .bind("variableName", monitor.variable().name())
                        .bind("variableInstance", monitor.variable().instance())
                        .execute();
            }
        });
    }

    @Override
    public Optional<VariableMonitor> monitor(StationId stationId, int monitorId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM variable_monitors WHERE station_id = :stationId AND monitor_id = :monitorId""")
                .bind("stationId", stationId.value())
                .bind("monitorId", monitorId)
                .map((row, ctx) -> monitor(row))
                .findOne());
    }

    @Override
    public List<VariableMonitor> monitors(StationId stationId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM variable_monitors WHERE station_id = :stationId
                        ORDER BY lower(component_name), component_instance NULLS FIRST, evse_id NULLS FIRST,
                            lower(variable_name), monitor_id""")
                .bind("stationId", stationId.value())
                .map((row, ctx) -> monitor(row))
                .list());
    }

    private static VariableMonitor monitor(ResultSet row) throws SQLException {
        return new VariableMonitor(row.getInt("monitor_id"), component(row),
                new VariableRef(row.getString("variable_name"), row.getString("variable_instance")),
                row.getBoolean("transaction_only"), row.getBigDecimal("value"), row.getString("type"),
                row.getInt("severity"), row.getInt("request_id"), Columns.instant(row, "reported_at"));
    }

    @Override
    public boolean addCustomerInformation(CustomerInformationPart part) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO customer_information_parts (station_id, request_id, seq_no, data, continues,
                            generated_at, received_at)
                        VALUES (:stationId, :requestId, :seqNo, :data, :continues, :generatedAt, :receivedAt)
                        ON CONFLICT (station_id, request_id, seq_no) DO NOTHING""")
                .bind("stationId", part.stationId().value())
                .bindMethods(part)
                .execute() == 1);
    }

    @Override
    public List<CustomerInformationPart> customerInformation(StationId stationId, int requestId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM customer_information_parts WHERE station_id = :stationId
                          AND request_id = :requestId ORDER BY seq_no""")
                .bind("stationId", stationId.value())
                .bind("requestId", requestId)
                .map((row, ctx) -> new CustomerInformationPart(stationId, row.getInt("request_id"),
                        row.getInt("seq_no"), row.getString("data"), row.getBoolean("continues"),
                        Columns.instant(row, "generated_at"), Columns.instant(row, "received_at")))
                .list());
    }

    @Override
    public AlarmRule addRule(AlarmRule rule) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO alarm_rules (station_id, component_name, variable_name, max_severity)
                        VALUES (:stationId, :componentName, :variableName, :maxSeverity)""")
                .bind("stationId", rule.stationId() == null ? null : rule.stationId().value())
                .bind("componentName", rule.componentName())
                .bind("variableName", rule.variableName())
                .bind("maxSeverity", rule.maxSeverity())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new AlarmRule(id, rule.stationId(), rule.componentName(), rule.variableName(), rule.maxSeverity());
    }

    @Override
    public List<AlarmRule> rulesFor(StationId stationId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM alarm_rules WHERE station_id IS NULL OR station_id = :stationId ORDER BY id""")
                .bind("stationId", stationId.value())
                .map((row, ctx) -> rule(row))
                .list());
    }

    @Override
    public List<AlarmRule> rules() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM alarm_rules ORDER BY id")
                .map((row, ctx) -> rule(row))
                .list());
    }

    private static AlarmRule rule(ResultSet row) throws SQLException {
        String station = row.getString("station_id");
        return new AlarmRule(row.getLong("id"), station == null ? null : StationId.of(station),
                row.getString("component_name"), row.getString("variable_name"),
                Columns.nullableInt(row, "max_severity"));
    }

    @Override
    public boolean removeRule(long ruleId) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM alarm_rules WHERE id = :id")
                .bind("id", ruleId)
                .execute() == 1);
    }

    @Override
    public StationAlarm raise(StationAlarm alarm) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO station_alarms (station_id, rule_id, event_id, component_name, variable_name,
                            actual_value, severity, raised_at)
                        VALUES (:stationId, :ruleId, :eventId, :componentName, :variableName, :actualValue,
                            :severity, :raisedAt)""")
                .bind("stationId", alarm.stationId().value())
                .bindMethods(alarm)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new StationAlarm(id, alarm.stationId(), alarm.ruleId(), alarm.eventId(), alarm.componentName(),
                alarm.variableName(), alarm.actualValue(), alarm.severity(), alarm.raisedAt(), null, null);
    }

    @Override
    public Page<StationAlarm> alarms(StationId stationId, boolean openOnly, PageRequest page) {
        Where where = new Where()
                .and("station_id = :stationId", "stationId", stationId == null ? null : stationId.value())
                .and("acknowledged_at IS NULL AND :open", "open", openOnly ? Boolean.TRUE : null);
        return jdbi.inTransaction(handle -> ALARMS.page(handle, where, page));
    }

    @Override
    public Optional<StationAlarm> alarm(long alarmId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM station_alarms WHERE id = :id")
                .bind("id", alarmId)
                .map((row, ctx) -> alarm(row))
                .findOne());
    }

    @Override
    public Optional<StationAlarm> acknowledge(long alarmId, String by, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE station_alarms SET acknowledged_at = :at, acknowledged_by = :by
                        WHERE id = :id AND acknowledged_at IS NULL""")
                .bind("id", alarmId)
                .bind("by", by)
                .bind("at", at)
                .execute());
        return alarm(alarmId);
    }

    private static StationAlarm alarm(ResultSet row) throws SQLException {
        return new StationAlarm(row.getLong("id"), StationId.of(row.getString("station_id")), row.getLong("rule_id"),
                row.getLong("event_id"), row.getString("component_name"), row.getString("variable_name"),
                row.getString("actual_value"), Columns.nullableInt(row, "severity"), Columns.instant(row, "raised_at"),
                Columns.instant(row, "acknowledged_at"), row.getString("acknowledged_by"));
    }
}
