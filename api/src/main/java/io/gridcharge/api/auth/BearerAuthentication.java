package io.gridcharge.api.auth;

import io.gridcharge.api.http.HttpProblem;
import io.gridcharge.api.http.Problem;
import io.gridcharge.api.http.ProblemType;
import io.gridcharge.domain.tenant.Login;
import io.gridcharge.domain.tenant.User;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Lets a request through only with the bearer token of a live session (RFC 6750), unless its route is
 * {@link Access#ANONYMOUS}. Runs before the route's handler, after the route was matched, so an unknown
 * route is a 404 with or without a token.
 */
public final class BearerAuthentication {
    static final String REALM = "Bearer realm=\"gridcharge\"";
    private static final String USER = "gridcharge.user";

    private final Login login;

    public BearerAuthentication(Login login) {
        this.login = login;
    }

    public void check(Context ctx) {
        if (ctx.routeRoles().contains(Access.ANONYMOUS)) {
            return;
        }
        String token = bearerToken(ctx);
        if (token == null) {
            throw challenge(REALM, "This request needs a bearer token; log in at POST /api/v1/auth/login.");
        }
        User user = login.authenticate(token).orElseThrow(() ->
                challenge(REALM + ", error=\"invalid_token\"", "The bearer token is unknown or has expired."));
        ctx.attribute(USER, user);
    }

    /** The user the request's bearer token belongs to (set by {@link #check}, before every authenticated route). */
    public static User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("no authenticated user on " + ctx.path());
        }
        return user;
    }

    /** The token of an {@code Authorization: Bearer <token>} header; the scheme is case-insensitive (RFC 9110 §11.1). */
    static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return null;
        }
        String token = header.substring("bearer ".length()).trim();
        return token.isEmpty() ? null : token;
    }

    static HttpProblem challenge(String wwwAuthenticate, String detail) {
        return new HttpProblem(Problem.of(ProblemType.UNAUTHENTICATED, detail))
                .withHeader("WWW-Authenticate", wwwAuthenticate);
    }
}
