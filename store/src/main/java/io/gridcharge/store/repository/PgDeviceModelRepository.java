package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;
import static io.gridcharge.store.repository.Columns.nullableInt;

import io.gridcharge.domain.devicemodel.AttributeType;
import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.ComponentSummary;
import io.gridcharge.domain.devicemodel.DeviceModelQuery;
import io.gridcharge.domain.devicemodel.DeviceModelRepository;
import io.gridcharge.domain.devicemodel.DeviceReport;
import io.gridcharge.domain.devicemodel.DeviceReportPart;
import io.gridcharge.domain.devicemodel.Mutability;
import io.gridcharge.domain.devicemodel.ReportedVariable;
import io.gridcharge.domain.devicemodel.StoredVariable;
import io.gridcharge.domain.devicemodel.VariableAttribute;
import io.gridcharge.domain.devicemodel.VariableCharacteristics;
import io.gridcharge.domain.devicemodel.VariableDataType;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link DeviceModelRepository} on PostgreSQL: tables device_variables, device_variable_attributes and
 * device_report_parts.
 */
public final class PgDeviceModelRepository implements DeviceModelRepository {
    private static final String VARIABLE_COLUMNS = """
            id, component_name, component_instance, evse_id, connector_id, variable_name, variable_instance, unit,
            data_type, min_limit, max_limit, values_list, supports_monitoring, reported_at""";
    private static final String ORDER = "lower(component_name), component_instance NULLS FIRST, evse_id NULLS FIRST, "
            + "connector_id NULLS FIRST, lower(variable_name), variable_instance NULLS FIRST";
    private static final Listing<VariableRow> LISTING =
            new Listing<>("device_variables", VARIABLE_COLUMNS, ORDER, (row, ctx) -> variableRow(row));

    /** A variable as stored, before its attributes are attached. */
    private record VariableRow(long id, ComponentRef component, VariableRef variable,
                               VariableCharacteristics characteristics, Instant reportedAt) {
    }

    private final Jdbi jdbi;

    public PgDeviceModelRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean applyReportPart(StationId stationId, DeviceReportPart part, Instant receivedAt) {
        return jdbi.inTransaction(handle -> {
            requireStation(handle, stationId);
            int counted = handle.createUpdate("""
                            INSERT INTO device_report_parts (station_id, request_id, seq_no, last_part, variables,
                                generated_at, received_at)
                            VALUES (:stationId, :requestId, :seqNo, :lastPart, :variables, :generatedAt, :receivedAt)
                            ON CONFLICT DO NOTHING""")
                    .bind("stationId", stationId.value())
                    .bind("requestId", part.requestId())
                    .bind("seqNo", part.seqNo())
                    .bind("lastPart", !part.continues())
                    .bind("variables", part.variables().size())
                    .bind("generatedAt", part.generatedAt())
                    .bind("receivedAt", receivedAt)
                    .execute();
            if (counted == 0) {
                return false;
            }
            for (ReportedVariable variable : part.variables()) {
                long id = upsertVariable(handle, stationId, variable, part.generatedAt());
                for (VariableAttribute attribute : variable.attributes()) {
                    upsertAttribute(handle, id, attribute);
                }
            }
            return true;
        });
    }

    @Override
    public Page<StoredVariable> variables(StationId stationId, DeviceModelQuery query, PageRequest page) {
        Where where = new Where()
                .and("station_id = :stationId", "stationId", stationId.value())
                .and("lower(component_name) = lower(:component)", "component", query.componentName())
                .and("lower(variable_name) = lower(:variable)", "variable", query.variableName())
                .and("evse_id = :evseId", "evseId", query.evseId());
        return jdbi.inTransaction(handle -> {
            Page<VariableRow> rows = LISTING.page(handle, where, page);
            Map<Long, List<VariableAttribute>> attributes = attributesOf(handle,
                    rows.items().stream().map(VariableRow::id).toList());
            List<StoredVariable> items = rows.items().stream()
                    .map(row -> new StoredVariable(new ReportedVariable(row.component(), row.variable(),
                            attributes.getOrDefault(row.id(), List.of()), row.characteristics()), row.reportedAt()))
                    .toList();
            return new Page<>(items, rows.page(), rows.size(), rows.total());
        });
    }

    @Override
    public List<ComponentSummary> components(StationId stationId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT min(component_name) AS component_name, component_instance, evse_id, connector_id,
                            count(*) AS variables
                        FROM device_variables WHERE station_id = :stationId
                        GROUP BY lower(component_name), component_instance, evse_id, connector_id
                        ORDER BY lower(component_name), component_instance NULLS FIRST, evse_id NULLS FIRST,
                            connector_id NULLS FIRST""")
                .bind("stationId", stationId.value())
                .map((row, ctx) -> new ComponentSummary(componentOf(row), row.getInt("variables")))
                .list());
    }

    @Override
    public Optional<DeviceReport> report(StationId stationId, int requestId) {
        return jdbi.withHandle(handle -> reportsQuery(handle, stationId, "AND request_id = :requestId", 1)
                .bind("requestId", requestId)
                .map((row, ctx) -> reportOf(row))
                .findOne());
    }

    @Override
    public List<DeviceReport> reports(StationId stationId, int limit) {
        return jdbi.withHandle(handle -> reportsQuery(handle, stationId, "", limit)
                .map((row, ctx) -> reportOf(row))
                .list());
    }

    private static Query reportsQuery(Handle handle, StationId stationId, String filter, int limit) {
        return handle.createQuery("""
                        SELECT request_id, count(*) AS parts, max(seq_no) AS highest_seq_no,
                            sum(variables) AS variables, min(received_at) AS first_received_at,
                            max(received_at) FILTER (WHERE last_part) AS completed_at
                        FROM device_report_parts WHERE station_id = :stationId %s
                        GROUP BY request_id ORDER BY min(received_at) DESC, request_id DESC LIMIT :limit"""
                        .formatted(filter))
                .bind("stationId", stationId.value())
                .bind("limit", limit);
    }

    private static void requireStation(Handle handle, StationId stationId) {
        boolean exists = handle.createQuery("SELECT EXISTS (SELECT 1 FROM stations WHERE id = :id)")
                .bind("id", stationId.value())
                .mapTo(Boolean.class)
                .one();
        if (!exists) {
            throw new NotFound("station", stationId);
        }
    }

    /** Replaces the characteristics only when the report gives them (B07: they may be left out). */
    private static long upsertVariable(Handle handle, StationId stationId, ReportedVariable reported, Instant at) {
        VariableCharacteristics c = reported.characteristics();
        ComponentRef component = reported.component();
        return handle.createQuery("""
                        INSERT INTO device_variables (station_id, component_name, component_instance, evse_id,
                            connector_id, variable_name, variable_instance, unit, data_type, min_limit, max_limit,
                            values_list, supports_monitoring, reported_at)
                        VALUES (:stationId, :componentName, :componentInstance, :evseId, :connectorId, :variableName,
                            :variableInstance, :unit, :dataType, :minLimit, :maxLimit, :valuesList,
                            :supportsMonitoring, :at)
                        ON CONFLICT (station_id, lower(component_name), coalesce(component_instance, ''),
                            coalesce(evse_id, -1), coalesce(connector_id, -1), lower(variable_name),
                            coalesce(variable_instance, ''))
                        DO UPDATE SET reported_at = EXCLUDED.reported_at,
                            unit = CASE WHEN :given THEN EXCLUDED.unit ELSE device_variables.unit END,
                            data_type = CASE WHEN :given THEN EXCLUDED.data_type ELSE device_variables.data_type END,
                            min_limit = CASE WHEN :given THEN EXCLUDED.min_limit ELSE device_variables.min_limit END,
                            max_limit = CASE WHEN :given THEN EXCLUDED.max_limit ELSE device_variables.max_limit END,
                            values_list = CASE WHEN :given THEN EXCLUDED.values_list
                                ELSE device_variables.values_list END,
                            supports_monitoring = CASE WHEN :given THEN EXCLUDED.supports_monitoring
                                ELSE device_variables.supports_monitoring END
                        RETURNING id""")
                .bind("stationId", stationId.value())
                .bind("componentName", component.name())
                .bind("componentInstance", component.instance())
                .bind("evseId", component.evseId())
                .bind("connectorId", component.connectorId())
                .bind("variableName", reported.variable().name())
                .bind("variableInstance", reported.variable().instance())
                .bind("given", c != null)
                .bind("unit", c == null ? null : c.unit())
                .bind("dataType", c == null ? null : name(c.dataType()))
                .bind("minLimit", c == null ? null : c.minLimit())
                .bind("maxLimit", c == null ? null : c.maxLimit())
                .bind("valuesList", c == null ? null : c.valuesList())
                .bind("supportsMonitoring", c == null ? null : c.supportsMonitoring())
                .bind("at", at)
                .mapTo(Long.class)
                .one();
    }

    private static void upsertAttribute(Handle handle, long variableId, VariableAttribute attribute) {
        handle.createUpdate("""
                        INSERT INTO device_variable_attributes (variable_id, type, value, mutability, persistent,
                            constant)
                        VALUES (:variableId, :type, :value, :mutability, :persistent, :constant)
                        ON CONFLICT (variable_id, type) DO UPDATE SET value = EXCLUDED.value,
                            mutability = EXCLUDED.mutability, persistent = EXCLUDED.persistent,
                            constant = EXCLUDED.constant""")
                .bind("variableId", variableId)
                .bind("type", name(attribute.type()))
                .bind("value", attribute.value())
                .bind("mutability", name(attribute.mutability()))
                .bind("persistent", attribute.persistent())
                .bind("constant", attribute.constant())
                .execute();
    }

    private static Map<Long, List<VariableAttribute>> attributesOf(Handle handle, List<Long> variableIds) {
        Map<Long, List<VariableAttribute>> attributes = new HashMap<>();
        if (variableIds.isEmpty()) {
            return attributes;
        }
        handle.createQuery("""
                        SELECT variable_id, type, value, mutability, persistent, constant
                        FROM device_variable_attributes WHERE variable_id = ANY(:ids)
                        ORDER BY variable_id, array_position(ARRAY['ACTUAL', 'TARGET', 'MIN_SET', 'MAX_SET'], type)""")
                .bindArray("ids", Long.class, variableIds)
                .map((row, ctx) -> Map.entry(row.getLong("variable_id"), new VariableAttribute(
                        enumValue(row, "type", AttributeType.class), row.getString("value"),
                        enumValue(row, "mutability", Mutability.class), row.getBoolean("persistent"),
                        row.getBoolean("constant"))))
                .forEach(entry -> attributes.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                        .add(entry.getValue()));
        return attributes;
    }

    private static VariableRow variableRow(ResultSet row) throws SQLException {
        String dataType = row.getString("data_type");
        VariableCharacteristics characteristics = dataType == null ? null : new VariableCharacteristics(
                row.getString("unit"), enumValue(row, "data_type", VariableDataType.class),
                row.getBigDecimal("min_limit"), row.getBigDecimal("max_limit"), row.getString("values_list"),
                row.getBoolean("supports_monitoring"));
        return new VariableRow(row.getLong("id"), componentOf(row),
                new VariableRef(row.getString("variable_name"), row.getString("variable_instance")),
                characteristics, instant(row, "reported_at"));
    }

    private static ComponentRef componentOf(ResultSet row) throws SQLException {
        return new ComponentRef(row.getString("component_name"), row.getString("component_instance"),
                nullableInt(row, "evse_id"), nullableInt(row, "connector_id"));
    }

    private static DeviceReport reportOf(ResultSet row) throws SQLException {
        return new DeviceReport(row.getInt("request_id"), row.getInt("parts"), row.getInt("highest_seq_no"),
                row.getInt("variables"), instant(row, "first_received_at"), instant(row, "completed_at"));
    }
}
