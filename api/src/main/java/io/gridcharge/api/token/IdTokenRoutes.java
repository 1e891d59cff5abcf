package io.gridcharge.api.token;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenAdministration;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.authorization.TokenType;
import io.gridcharge.domain.shared.PageRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The id tokens drivers present (RFID cards, app tokens): issuing, blocking, expiring, removing. */
public final class IdTokenRoutes {
    static final String TOKENS = "/api/v1/id-tokens";
    static final String TOKEN = TOKENS + "/{idToken}";

    private final TokenAdministration tokens;
    private final JsonBody json;

    public IdTokenRoutes(TokenAdministration tokens, JsonBody json) {
        this.tokens = tokens;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(TOKENS, this::issue);
        routes.get(TOKENS, this::list);
        routes.get(TOKEN, this::get);
        routes.patch(TOKEN, this::change);
        routes.delete(TOKEN, this::remove);
    }

    private void issue(Context ctx) {
        IssueIdTokenRequest request = json.read(ctx, IssueIdTokenRequest.class);
        InputErrors errors = new InputErrors();
        IdToken idToken = errors.value("idToken", () -> IdToken.of(request.idToken()));
        TokenStatus status = errors.optional("status", request.status(), Vocabulary.TOKEN_STATUS::parse);
        IdToken groupId = errors.optional("groupId", request.groupId(), IdToken::of);
        TokenType type = errors.optional("type", request.type(), Vocabulary.TOKEN_TYPE::parse);
        errors.throwIfAny();

        RegisteredToken token = tokens.issue(idToken, status, request.expiresAt(), groupId, type);
        ctx.status(201)
                .header("Location", TOKENS + "/" + URLEncoder.encode(idToken.value(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .json(IdTokenView.of(token));
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        TokenStatus status = query.oneOf("status", Vocabulary.TOKEN_STATUS);
        PageRequest page = query.page();
        errors.throwIfAny();

        ctx.json(PageView.of(tokens.list(status, page), IdTokenView::of));
    }

    private void get(Context ctx) {
        InputErrors errors = new InputErrors();
        IdToken idToken = PathParameters.idToken(ctx, errors);
        errors.throwIfAny();

        ctx.json(IdTokenView.of(tokens.get(idToken)));
    }

    private void change(Context ctx) {
        JsonBody.Fields<ChangeIdTokenRequest> body = json.readFields(ctx, ChangeIdTokenRequest.class);
        ChangeIdTokenRequest request = body.value();
        InputErrors errors = new InputErrors();
        IdToken idToken = PathParameters.idToken(ctx, errors);
        if (body.isNull("status")) {
            errors.reject("status", "cannot be cleared; leave it out to keep it");
        }
        TokenStatus status = errors.optional("status", request.status(), Vocabulary.TOKEN_STATUS::parse);
        Instant expiresAt = request.expiresAt();
        if (body.isNull("type")) {
            errors.reject("type", "cannot be cleared; leave it out to keep it");
        }
        IdToken groupId = errors.optional("groupId", request.groupId(), IdToken::of);
        TokenType type = errors.optional("type", request.type(), Vocabulary.TOKEN_TYPE::parse);
        errors.throwIfAny();

        ctx.json(IdTokenView.of(tokens.change(idToken, status, expiresAt, body.isNull("expiresAt"),
                groupId, body.isNull("groupId"), type)));
    }

    private void remove(Context ctx) {
        InputErrors errors = new InputErrors();
        IdToken idToken = PathParameters.idToken(ctx, errors);
        errors.throwIfAny();

        tokens.remove(idToken);
        ctx.status(204);
    }
}
