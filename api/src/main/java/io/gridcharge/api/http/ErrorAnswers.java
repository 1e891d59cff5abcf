package io.gridcharge.api.http;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.wallet.PaymentDeclined;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every way a request can fail into its problem details. A client's mistake is a 4xx that says what
 * was wrong; only the platform's own failure is a 500, logged here, with a generic answer that leaks nothing.
 */
public final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private final JsonBody json;
    private final Predicate<Context> pages;

    public ErrorAnswers(JsonBody json) {
        this(json, ctx -> false);
    }

    /** @param pages answers a request no route matched with a page of the web console, when it is one */
    public ErrorAnswers(JsonBody json, Predicate<Context> pages) {
        this.json = json;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.exception(HttpProblem.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            send(ctx, e.problem());
        });
        routes.exception(BadRequest.class, (e, ctx) -> send(ctx, Problem.invalid(e.errors())));
        routes.exception(InvalidInput.class, (e, ctx) ->
                send(ctx, Problem.invalid(List.of(new FieldError(e.field(), e.rule())))));
        routes.exception(NotFound.class, (e, ctx) -> send(ctx, Problem.of(ProblemType.NOT_FOUND, e.getMessage())));
        routes.exception(Conflict.class, (e, ctx) -> send(ctx, Problem.of(ProblemType.CONFLICT, e.getMessage())));
        routes.exception(PaymentDeclined.class, (e, ctx) ->
                send(ctx, Problem.of(ProblemType.PAYMENT_DECLINED, e.getMessage())));
        routes.exception(CommandFailure.class, (e, ctx) -> send(ctx, problemOf(e)));
        routes.exception(HttpResponseException.class, this::answerHttpStatus);
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
            send(ctx, Problem.ofStatus(500, "The request failed on the server; the error has been logged."));
        });
    }

    public void send(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(json.write(problem));
    }

    private static Problem problemOf(CommandFailure failure) {
        return switch (failure) {
            case CommandFailure.NotConnected e -> Problem.of(ProblemType.STATION_NOT_CONNECTED, e.getMessage());
            case CommandFailure.NoAnswer e -> Problem.of(ProblemType.STATION_NO_ANSWER, e.getMessage());
            case CommandFailure.Refused e -> Problem.of(ProblemType.STATION_REFUSED, e.getMessage())
                    .withStationError(e.errorCode(), e.description());
            case CommandFailure.Unsupported e -> Problem.of(ProblemType.UNSUPPORTED_ACTION, e.getMessage());
            case CommandFailure e -> Problem.of(ProblemType.STATION_REFUSED, e.getMessage());
        };
    }

    /** Javalin's own answers: no such route (404), wrong method (405), body too large (413) and the like. */
    private void answerHttpStatus(HttpResponseException e, Context ctx) {
        if (e.getStatus() == HttpStatus.NOT_FOUND.getCode() && pages.test(ctx)) {
            return;
        }
        String detail = switch (e.getStatus()) {
            case 404 -> "There is no " + ctx.path() + " in this API.";
            case 405 -> ctx.method() + " is not allowed on " + ctx.path() + ".";
            default -> e.getMessage();
        };
        String allowed = e.getDetails().get("availableMethods");
        if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode() && allowed != null) {
            ctx.header("Allow", allowed.replace("[", "").replace("]", ""));
        }
        send(ctx, Problem.ofStatus(e.getStatus(), detail));
    }
}
