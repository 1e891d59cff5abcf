package io.gridcharge.api.auth;

import io.gridcharge.api.http.HttpProblem;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.Problem;
import io.gridcharge.api.http.ProblemType;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.tenant.Login;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;

/** Logging in and out: a password buys a bearer token for {@link Login#SESSION_LENGTH}. */
public final class AuthRoutes {
    static final String LOGIN = "/api/v1/auth/login";
    static final String LOGOUT = "/api/v1/auth/logout";

    private final Login login;
    private final Clock clock;
    private final JsonBody json;

    public AuthRoutes(Login login, Clock clock, JsonBody json) {
        this.login = login;
        this.clock = clock;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(LOGIN, this::login, Access.ANONYMOUS);
        routes.post(LOGOUT, this::logout);
    }

    private void login(Context ctx) {
        LoginRequest request = json.read(ctx, LoginRequest.class);
        InputErrors errors = new InputErrors();
        errors.required("username", request.username());
        errors.required("password", request.password());
        errors.throwIfAny();

        switch (login.login(request.username(), request.password())) {
            case Login.Result.Granted granted -> ctx.json(new LoginResponse(granted.token(),
                    clock.instant().plus(Login.SESSION_LENGTH),
                    new LoginResponse.UserView(granted.user().username(), Vocabulary.ROLE.name(granted.user().role()))));
            case Login.Result.Denied denied -> throw new HttpProblem(Problem.of(ProblemType.BAD_CREDENTIALS,
                    "The username or the password is wrong.")).withHeader("WWW-Authenticate", BearerAuthentication.REALM);
            case Login.Result.Throttled throttled -> throw throttled(throttled.retryAfter());
        }
    }

    private void logout(Context ctx) {
        login.logout(BearerAuthentication.bearerToken(ctx));
        ctx.status(204);
    }

    /** RFC 9110 §10.2.3: Retry-After in whole seconds, rounded up so the client does not come back too early. */
    private static HttpProblem throttled(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return new HttpProblem(Problem.of(ProblemType.LOGIN_THROTTLED,
                "Too many failed logins for this user; try again in " + seconds + " s."))
                .withHeader("Retry-After", Long.toString(seconds));
    }
}
