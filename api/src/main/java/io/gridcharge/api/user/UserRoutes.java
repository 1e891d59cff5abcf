package io.gridcharge.api.user;

import io.gridcharge.api.auth.BearerAuthentication;
import io.gridcharge.api.auth.Tenancy;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.User;
import io.gridcharge.domain.tenant.UserAdministration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * The platform's users (issue 8): listing them, blocking them, letting their accounts expire; the platform admin's
 * alone. Users are created with their role and scope by POST /api/v1/users (TenantRoutes, issue 7).
 */
public final class UserRoutes {
    static final String USERS = "/api/v1/users";
    static final String USER = USERS + "/{username}";

    /** Absent fields keep their value; {@code "expiresAt": null} clears the expiry. */
    public record ChangeUserRequest(Boolean blocked, Instant expiresAt) {
    }

    private final UserAdministration users;
    private final JsonBody json;

    public UserRoutes(UserAdministration users, JsonBody json) {
        this.users = users;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get(USERS, this::list);
        routes.get(USER, this::get);
        routes.patch(USER, this::change);
    }

    private void list(Context ctx) {
        Tenancy.requirePlatformAdmin(ctx);
        InputErrors errors = new InputErrors();
        PageRequest page = new QueryParameters(ctx, errors).page();
        errors.throwIfAny();

        ctx.json(PageView.of(users.list(page), UserView::of));
    }

    private void get(Context ctx) {
        Tenancy.requirePlatformAdmin(ctx);
        ctx.json(UserView.of(users.get(ctx.pathParam("username"))));
    }

    private void change(Context ctx) {
        Tenancy.requirePlatformAdmin(ctx);
        JsonBody.Fields<ChangeUserRequest> body = json.readFields(ctx, ChangeUserRequest.class);
        InputErrors errors = new InputErrors();
        if (body.isNull("blocked")) {
            errors.reject("blocked", "cannot be cleared; leave it out to keep it");
        }
        errors.throwIfAny();
        ChangeUserRequest request = body.value();
        User changed = users.changeAccess(BearerAuthentication.user(ctx).username(), ctx.pathParam("username"),
                new UserAdministration.AccessChange(request.blocked(), request.expiresAt(), body.isNull("expiresAt")));

        ctx.json(UserView.of(changed));
    }
}
