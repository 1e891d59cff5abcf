package io.gridcharge.api.system;

import io.gridcharge.api.auth.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** For operators and their tools, open without a token: health, Prometheus metrics, the OpenAPI document. */
public final class SystemRoutes {
    static final String HEALTH = "/health";
    static final String METRICS = "/metrics";
    static final String OPENAPI = "/api/openapi.json";
    /** The Prometheus text exposition format, version 0.0.4. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final BooleanSupplier healthy;
    private final byte[] openApi;

    public SystemRoutes(PrometheusMeterRegistry registry, BooleanSupplier healthy) {
        this.registry = registry;
        this.healthy = healthy;
        this.openApi = openApiDocument();
    }

    public void register(RoutesConfig routes) {
        routes.get(HEALTH, this::health, Access.ANONYMOUS);
        routes.get(METRICS, this::metrics, Access.ANONYMOUS);
        routes.get(OPENAPI, this::openApi, Access.ANONYMOUS);
    }

    private void health(Context ctx) {
        boolean up = healthy.getAsBoolean();
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN"));
    }

    private void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }

    private void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    /** Read once at start: a missing document is a broken build, better found before the first request. */
    public static byte[] openApiDocument() {
        try (InputStream in = SystemRoutes.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the api module's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
