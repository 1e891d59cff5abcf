package io.gridcharge.api.display;

import io.gridcharge.api.command.Answers;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.display.DisplayMessage;
import io.gridcharge.domain.display.DisplayMessages;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * OCPP 2.0.1 display messages (block O) for operators: set, ask for and clear the messages a station shows, and
 * read those it holds as the platform last learnt them. Commands wait for the station: 409 not connected, 504 no
 * answer, 502 refused with a CALLERROR; a 1.6 station has no display messages (400).
 */
public final class DisplayMessageRoutes {
    static final String COMMANDS = "/api/v1/stations/{id}/commands/";

    private final DisplayMessages messages;
    private final StationAdministration stations;
    private final JsonBody json;

    public DisplayMessageRoutes(DisplayMessages messages, StationAdministration stations, JsonBody json) {
        this.messages = messages;
        this.stations = stations;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/stations/{id}/display-messages", this::list);
        routes.post(COMMANDS + "set-display-message", this::set);
        routes.post(COMMANDS + "get-display-messages", this::ask);
        routes.post(COMMANDS + "clear-display-message", this::clear);
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();
        stations.get(station);
        ctx.json(Map.of("items", messages.of(station).stream().map(DisplayMessageJson.MessageView::of).toList()));
    }

    /** O01/O02, and O06 for an id the station has already. */
    private void set(Context ctx) {
        var request = json.read(ctx, DisplayMessageJson.SetRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Integer id = errors.required("id", request.id());
        DisplayMessage.Priority priority = errors.required("priority", request.priority()) == null ? null
                : errors.value("priority", () -> Vocabulary.MESSAGE_PRIORITY.parse(request.priority()));
        DisplayMessage.State state = errors.optional("state", request.state(), Vocabulary.MESSAGE_STATE::parse);
        DisplayMessageJson.Content content = errors.required("message", request.message());
        DisplayMessage.Format format = content == null || errors.required("message.format", content.format()) == null
                ? null : errors.value("message.format", () -> Vocabulary.MESSAGE_FORMAT.parse(content.format()));
        DisplayMessage message = id == null || priority == null || format == null ? null
                : errors.value(() -> new DisplayMessage(id, priority, state, request.startDateTime(),
                        request.endDateTime(), request.transactionId(), format, content.language(),
                        content.content()));
        errors.throwIfAny();
        status(ctx, Answers.await(messages.set(station, message), station, "set-display-message"));
    }

    /** O03/O04: the station answers at once; its messages follow in NotifyDisplayMessages and are kept. */
    private void ask(Context ctx) {
        var request = json.read(ctx, DisplayMessageJson.GetRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Integer requestId = errors.required("requestId", request.requestId());
        DisplayMessage.Priority priority = errors.optional("priority", request.priority(),
                Vocabulary.MESSAGE_PRIORITY::parse);
        DisplayMessage.State state = errors.optional("state", request.state(), Vocabulary.MESSAGE_STATE::parse);
        errors.throwIfAny();
        status(ctx, Answers.await(messages.ask(station, new StationCommand.GetDisplayMessages(requestId,
                request.id(), priority, state)), station, "get-display-messages"));
    }

    /** O05. */
    private void clear(Context ctx) {
        var request = json.read(ctx, DisplayMessageJson.ClearRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Integer id = errors.required("id", request.id());
        errors.throwIfAny();
        status(ctx, Answers.await(messages.clear(station, id), station, "clear-display-message"));
    }

    private static void status(Context ctx, CommandReply reply) {
        ctx.json(new DisplayMessageJson.StatusView(reply.status()));
    }
}
