package io.gridcharge.api.command;

import io.gridcharge.api.energy.ChargingProfileJson;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionHistory;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.RemoteStartWithProfile;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Commands to a station: typed ones that work whatever protocol the station speaks, and a pass-through that
 * sends any action of the station's protocol with the payload as given. Both answer with what the station
 * said, or the problem: 409 not connected, 504 no answer, 502 refused (with its CALLERROR).
 */
public final class CommandRoutes {
    static final String PASS_THROUGH = "/api/v1/stations/{id}/ocpp/{action}";
    static final String COMMANDS = "/api/v1/stations/{id}/commands/";
    /** OCPP 1.6 §9.1.8 GetConfiguration.req: each key is a CiString50. */
    static final int MAX_KEY = 50;

    private final StationAdministration stations;
    private final TransactionHistory transactions;
    private final StationCommands commands;
    private final RemoteStartWithProfile remoteStarts;
    private final JsonBody json;

    public CommandRoutes(StationAdministration stations, TransactionHistory transactions, StationCommands commands,
                         RemoteStartWithProfile remoteStarts, JsonBody json) {
        this.stations = stations;
        this.transactions = transactions;
        this.commands = commands;
        this.remoteStarts = remoteStarts;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(PASS_THROUGH, this::passThrough);
        routes.post(COMMANDS + "remote-start", this::startRemotely);
        routes.post(COMMANDS + "remote-stop", this::remoteStop);
        routes.post(COMMANDS + "reset", ctx -> typed(ctx, "reset",
                CommandRequests.Reset.class, CommandRoutes::reset));
        routes.post(COMMANDS + "unlock", ctx -> typed(ctx, "unlock",
                CommandRequests.Unlock.class, CommandRoutes::unlock));
        routes.post(COMMANDS + "change-availability", ctx -> typed(ctx, "change-availability",
                CommandRequests.ChangeAvailability.class, CommandRoutes::changeAvailability));
        routes.post(COMMANDS + "change-configuration", ctx -> typed(ctx, "change-configuration",
                CommandRequests.ChangeConfiguration.class, CommandRoutes::changeConfiguration));
        routes.post(COMMANDS + "get-configuration", ctx -> typed(ctx, "get-configuration",
                CommandRequests.GetConfiguration.class, CommandRoutes::getConfiguration));
        routes.post(COMMANDS + "clear-cache", ctx -> typed(ctx, "clear-cache",
                CommandRequests.ClearCache.class, (request, errors) -> new StationCommand.ClearCache()));
        routes.post(COMMANDS + "trigger-message", ctx -> typed(ctx, "trigger-message",
                CommandRequests.TriggerMessage.class, CommandRoutes::triggerMessage));
    }

    /** The payload is checked by the gateway against the station's protocol; InvalidInput there means nothing was sent. */
    private void passThrough(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        String action = ctx.pathParam("action");
        String payload = json.write(json.object(ctx));
        errors.throwIfAny();

        stations.get(station);
        String answer = Answers.await(commands.sendRaw(station, action, payload), station, action);
        ctx.contentType("application/json").result(answer);
    }

    private <R> void typed(Context ctx, String action, Class<R> type,
                           BiFunction<R, InputErrors, StationCommand> commandOf) {
        R request = json.read(ctx, type);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        StationCommand command = commandOf.apply(request, errors);
        errors.throwIfAny();

        stations.get(station);
        send(ctx, station, action, command);
    }

    /** 1.6 stations know a transaction by the platform's id, 2.0.1 stations by their own: both are passed on. */
    private void remoteStop(Context ctx) {
        CommandRequests.RemoteStop request = json.read(ctx, CommandRequests.RemoteStop.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Long transactionId = errors.required("transactionId", request.transactionId());
        errors.throwIfAny();

        stations.get(station);
        Transaction transaction = transactions.get(transactionId).transaction();
        if (!transaction.stationId().equals(station)) {
            throw new NotFound("transaction " + transactionId + " of station", station);
        }
        send(ctx, station, "remote-stop",
                new StationCommand.RemoteStop(transaction.id(), transaction.stationTransactionId()));
    }

    /**
     * A remote start may carry the TxProfile of the transaction it starts (OCPP 1.6 §5.11); the platform
     * records it when the station accepts.
     */
    private void startRemotely(Context ctx) {
        CommandRequests.RemoteStart request = json.read(ctx, CommandRequests.RemoteStart.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        StationCommand.RemoteStart command = remoteStart(request, errors);
        errors.throwIfAny();

        stations.get(station);
        CommandReply reply = Answers.await(remoteStarts.start(station, command), station, "remote-start");
        ctx.json(CommandReplyView.of(reply));
    }

    private void send(Context ctx, StationId station, String action, StationCommand command) {
        CommandReply reply = Answers.await(commands.send(station, command), station, action);
        ctx.json(CommandReplyView.of(reply));
    }

    /** OCPP 1.6 §5.17: the triggered message itself arrives later, through the station's ordinary calls. */
    private static StationCommand triggerMessage(CommandRequests.TriggerMessage request, InputErrors errors) {
        String requested = errors.required("requestedMessage", request.requestedMessage());
        StationCommand.TriggeredMessage message = errors.optional("requestedMessage", requested,
                Vocabulary.TRIGGERED_MESSAGE::parse);
        return message == null ? null
                : errors.value(() -> new StationCommand.TriggerMessage(message, request.connectorId()));
    }

    private static StationCommand.RemoteStart remoteStart(CommandRequests.RemoteStart request, InputErrors errors) {
        IdToken idToken = errors.value("idToken", () -> IdToken.of(request.idToken()));
        ChargingProfileJson wire = request.chargingProfile();
        ChargingProfile profile = wire == null ? null : wire.toDomain("chargingProfile.", errors);
        return idToken == null || (wire != null && profile == null) ? null
                : errors.value(() -> new StationCommand.RemoteStart(request.connectorId(), idToken, profile));
    }

    private static StationCommand reset(CommandRequests.Reset request, InputErrors errors) {
        String type = errors.required("type", request.type());
        StationCommand.ResetKind kind = errors.optional("type", type, Vocabulary.RESET_KIND::parse);
        return kind == null ? null : new StationCommand.Reset(kind);
    }

    private static StationCommand unlock(CommandRequests.Unlock request, InputErrors errors) {
        Integer connectorId = errors.required("connectorId", request.connectorId());
        return connectorId == null ? null : errors.value(() -> new StationCommand.UnlockConnector(connectorId));
    }

    private static StationCommand changeAvailability(CommandRequests.ChangeAvailability request, InputErrors errors) {
        Integer connectorId = errors.required("connectorId", request.connectorId());
        Boolean operative = errors.required("operative", request.operative());
        return connectorId == null || operative == null ? null
                : errors.value(() -> new StationCommand.ChangeAvailability(connectorId, operative));
    }

    /**
     * The keys the platform must follow (the station's password and security profile, OCPP 1.6 Security
     * Whitepaper) go through their own endpoints, which keep the platform's record in step with the station.
     */
    private static StationCommand changeConfiguration(CommandRequests.ChangeConfiguration request,
                                                      InputErrors errors) {
        if ("AuthorizationKey".equalsIgnoreCase(request.key())) {
            errors.reject("key", "AuthorizationKey is changed with POST /api/v1/stations/{id}/security/password");
            return null;
        }
        if ("SecurityProfile".equalsIgnoreCase(request.key())) {
            errors.reject("key", "SecurityProfile is changed with POST /api/v1/stations/{id}/security/profile-upgrade");
            return null;
        }
        return errors.value(() -> new StationCommand.ChangeConfiguration(request.key(), request.value()));
    }

    private static StationCommand getConfiguration(CommandRequests.GetConfiguration request, InputErrors errors) {
        List<String> keys = request.keys() == null ? List.of() : request.keys();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null || key.isBlank()) {
                errors.reject("keys[" + i + "]", "must not be blank");
            } else {
                errors.maxLength("keys[" + i + "]", key, MAX_KEY);
            }
        }
        return new StationCommand.GetConfiguration(keys.stream().filter(k -> k != null).toList());
    }
}
