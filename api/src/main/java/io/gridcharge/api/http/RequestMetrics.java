package io.gridcharge.api.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Times every HTTP request by method, route and status ({@code http_server_requests_seconds} in Prometheus).
 * The route is the pattern ({@code /api/v1/stations/{id}}), never the path, so the series stay few; requests
 * that match no route share {@code unmatched}.
 */
public final class RequestMetrics {
    static final String UNMATCHED = "unmatched";

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        Timer.builder("http.server.requests")
                .description("HTTP requests to the API, by route and status")
                .tag("method", ctx.method().name())
                .tag("route", endpoint == null ? UNMATCHED : endpoint.path)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(Duration.ofNanos(Math.round(millis * 1_000_000d)));
    }
}
