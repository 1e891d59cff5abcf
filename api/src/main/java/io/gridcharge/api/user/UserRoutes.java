package io.gridcharge.api.user;

import io.gridcharge.api.auth.BearerAuthentication;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.Role;
import io.gridcharge.domain.tenant.User;
import io.gridcharge.domain.tenant.UserAdministration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/** The platform's users (issue 8): creating them, blocking them, letting their accounts expire. */
public final class UserRoutes {
    static final String USERS = "/api/v1/users";
    static final String USER = USERS + "/{username}";

    public record CreateUserRequest(String username, String password, String role) {
    }

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
        routes.post(USERS, this::create);
        routes.get(USER, ctx -> ctx.json(UserView.of(users.get(ctx.pathParam("username")))));
        routes.patch(USER, this::change);
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        PageRequest page = new QueryParameters(ctx, errors).page();
        errors.throwIfAny();

        ctx.json(PageView.of(users.list(page), UserView::of));
    }

    private void create(Context ctx) {
        CreateUserRequest request = json.read(ctx, CreateUserRequest.class);
        InputErrors errors = new InputErrors();
        errors.required("username", request.username());
        errors.required("password", request.password());
        Role role = errors.optional("role", request.role(), Vocabulary.ROLE::parse);
        errors.throwIfAny();
        User user = errors.value(() -> users.create(request.username(), request.password(), role));
        errors.throwIfAny();

        ctx.status(201).header("Location", USERS + "/" + user.username()).json(UserView.of(user));
    }

    private void change(Context ctx) {
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
