package io.gridcharge.api.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.api.auth.BearerAuthentication;
import io.gridcharge.api.command.Answers;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.localauth.ForgetCustomerToken;
import io.gridcharge.domain.localauth.LocalListSync;
import io.gridcharge.domain.monitoring.AlarmRule;
import io.gridcharge.domain.monitoring.EventQuery;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What OCPP 2.0.1 stations report of their monitoring (N02, N07, N09/N10), and alarms: the rules that say which
 * reported events raise one, and the alarms raised, which an operator acknowledges. The monitoring commands
 * themselves (SetVariableMonitoring, SetMonitoringBase/Level, ClearVariableMonitoring, GetMonitoringReport,
 * CustomerInformation) go through {@code POST /stations/{id}/ocpp/{action}} with their 2.0.1 payloads;
 * {@code POST /stations/{id}/customer-information} sends a CustomerInformation too, and when the station accepted
 * to clear a token's data, updates the station's local list (N10.FR.02, see {@link ForgetCustomerToken}).
 */
public final class MonitoringRoutes {
    static final String EVENTS = "/api/v1/stations/{id}/events";
    static final String MONITORS = "/api/v1/stations/{id}/monitors";
    static final String CUSTOMER_INFORMATION_REQUESTS = "/api/v1/stations/{id}/customer-information";
    static final String CUSTOMER_INFORMATION = CUSTOMER_INFORMATION_REQUESTS + "/{requestId}";
    static final String RULES = "/api/v1/alarm-rules";
    static final String RULE = RULES + "/{ruleId}";
    static final String ALARMS = "/api/v1/alarms";
    static final String ACKNOWLEDGE = ALARMS + "/{alarmId}/acknowledge";

    private final StationReportServices reports;
    private final StationAdministration stations;
    private final JsonBody json;
    private final StationCommands commands;
    private final ForgetCustomerToken forgetCustomerToken;

    public MonitoringRoutes(StationReportServices reports, StationAdministration stations, JsonBody json,
                            StationCommands commands, ForgetCustomerToken forgetCustomerToken) {
        this.reports = reports;
        this.stations = stations;
        this.json = json;
        this.commands = commands;
        this.forgetCustomerToken = forgetCustomerToken;
    }

    public void register(RoutesConfig routes) {
        routes.get(EVENTS, this::events);
        routes.get(MONITORS, this::monitors);
        routes.get(CUSTOMER_INFORMATION, this::customerInformation);
        routes.post(CUSTOMER_INFORMATION_REQUESTS, this::requestCustomerInformation);
        routes.get(RULES, this::rules);
        routes.post(RULES, this::defineRule);
        routes.delete(RULE, this::removeRule);
        routes.get(ALARMS, this::alarms);
        routes.post(ACKNOWLEDGE, this::acknowledge);
    }

    private void events(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        QueryParameters query = new QueryParameters(ctx, errors);
        Instant from = query.instant("from");
        Instant to = query.instant("to");
        query.requireOrdered(from, to);
        EventQuery filter = new EventQuery(query.text("component"), query.text("variable"), query.integer("evseId"),
                query.text("trigger"), from, to);
        PageRequest page = query.page();
        errors.throwIfAny();

        stations.get(station);
        ctx.json(PageView.of(reports.monitoring().events(station, filter, page), MonitoringViews.EventView::of));
    }

    private void monitors(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();

        stations.get(station);
        ctx.json(Map.of("items", reports.monitoring().monitors(station).stream()
                .map(MonitoringViews.MonitorView::of).toList()));
    }

    private void customerInformation(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Long requestId = PathParameters.number(ctx, "requestId", errors);
        if (requestId != null && (requestId < Integer.MIN_VALUE || requestId > Integer.MAX_VALUE)) {
            errors.reject("requestId", "must be a 32-bit integer");
        }
        errors.throwIfAny();

        stations.get(station);
        int request = requestId.intValue();
        ctx.json(MonitoringViews.CustomerInformationView.of(station.value(), request,
                reports.monitoring().customerInformation(station, request)));
    }

    /**
     * The body is the 2.0.1 CustomerInformationRequest, checked by the gateway against the schema. The answer is
     * the station's, with {@code localList} (how the update went) when clearing a token's data updated the list.
     */
    private void requestCustomerInformation(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        ObjectNode request = json.object(ctx);
        IdToken cleared = clearedToken(request, errors);
        errors.throwIfAny();

        stations.get(station);
        String action = "CustomerInformation";
        ObjectNode answer = json.object(Answers.await(commands.sendRaw(station, action, json.write(request)), station,
                action));
        if (cleared != null && "Accepted".equals(answer.path("status").asText())) {
            Optional<LocalListSync> update = forgetCustomerToken.cleared(station, cleared);
            update.ifPresent(sync -> answer.set("localList", json.tree(MonitoringViews.LocalListUpdateView.of(sync))));
        }
        ctx.json(answer);
    }

    /** The token whose data the request clears; null when it clears none, or by a customer identifier. */
    private static IdToken clearedToken(ObjectNode request, InputErrors errors) {
        JsonNode token = request.path("idToken").path("idToken");
        if (!request.path("clear").asBoolean(false) || !token.isTextual()) {
            return null;
        }
        return errors.value("idToken.idToken", () -> IdToken.of(token.asText()));
    }

    private void rules(Context ctx) {
        ctx.json(Map.of("items", reports.alarms().rules().stream().map(MonitoringViews.AlarmRuleView::of).toList()));
    }

    private void defineRule(Context ctx) {
        var request = json.read(ctx, MonitoringViews.NewAlarmRule.class);
        InputErrors errors = new InputErrors();
        StationId station = errors.optional("stationId", request.stationId(), StationId::of);
        AlarmRule rule = errors.value(() -> AlarmRule.of(station, request.component(), request.variable(),
                request.maxSeverity()));
        errors.throwIfAny();

        if (station != null) {
            stations.get(station);
        }
        AlarmRule defined = reports.alarms().define(rule);
        ctx.status(201).header("Location", RULES + "/" + defined.id()).json(MonitoringViews.AlarmRuleView.of(defined));
    }

    private void removeRule(Context ctx) {
        InputErrors errors = new InputErrors();
        Long ruleId = PathParameters.number(ctx, "ruleId", errors);
        errors.throwIfAny();

        reports.alarms().remove(ruleId);
        ctx.status(204);
    }

    private void alarms(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        String stationId = query.text("stationId");
        StationId station = stationId == null ? null : errors.value("stationId", () -> StationId.of(stationId));
        Boolean open = query.bool("open");
        PageRequest page = query.page();
        errors.throwIfAny();

        ctx.json(PageView.of(reports.alarms().alarms(station, Boolean.TRUE.equals(open), page),
                MonitoringViews.AlarmView::of));
    }

    private void acknowledge(Context ctx) {
        InputErrors errors = new InputErrors();
        Long alarmId = PathParameters.number(ctx, "alarmId", errors);
        errors.throwIfAny();

        ctx.json(MonitoringViews.AlarmView.of(reports.alarms().acknowledge(alarmId,
                BearerAuthentication.user(ctx).username())));
    }
}
