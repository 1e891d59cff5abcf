package io.gridcharge.api.live;

import io.gridcharge.api.auth.Access;
import io.gridcharge.api.http.HttpProblem;
import io.gridcharge.api.http.Problem;
import io.gridcharge.api.http.ProblemType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The live event stream (server-sent events, WHATWG HTML §9.2) and its admission: a ticket bought with the
 * bearer token ({@link LiveTickets}), then {@code GET /api/v1/live?ticket=...}. The stream itself is open to
 * the route matcher (an EventSource sends no Authorization header) and checks the ticket before it starts.
 */
public final class LiveRoutes {
    static final String TICKETS = "/api/v1/live/tickets";
    static final String STREAM = "/api/v1/live";
    static final String RECENT = "/api/v1/live/recent";
    /** A comment this often keeps proxies from closing a quiet stream and finds browsers that went away. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    public record TicketView(String ticket, Instant expiresAt, String stream) {
    }

    private final LiveFeed feed;
    private final LiveTickets tickets;

    public LiveRoutes(LiveFeed feed, LiveTickets tickets) {
        this.feed = feed;
        this.tickets = tickets;
    }

    public void register(RoutesConfig routes) {
        routes.post(TICKETS, this::ticket);
        routes.get(STREAM, this::stream, Access.ANONYMOUS);
        routes.get(RECENT, ctx -> ctx.json(Map.of("items", feed.recentNotices())));
    }

    private void ticket(Context ctx) {
        LiveTickets.Ticket ticket = tickets.issue().orElseThrow(() -> new HttpProblem(Problem.ofStatus(503,
                "Too many live tickets are waiting to be used; try again shortly.")).withHeader("Retry-After", "5"));
        ctx.status(201).json(new TicketView(ticket.value(), ticket.expiresAt(), STREAM + "?ticket=" + ticket.value()));
    }

    private void stream(Context ctx) throws Exception {
        if (!tickets.redeem(ctx.queryParam("ticket"))) {
            throw new HttpProblem(Problem.of(ProblemType.UNAUTHENTICATED,
                    "The live stream needs a fresh ticket from POST " + TICKETS + "; tickets are good once, for "
                            + LiveTickets.LIFETIME.toSeconds() + " s."));
        }
        new SseHandler(this::relay).handle(ctx);
    }

    /** Runs on the request's own virtual thread for as long as the browser listens. */
    private void relay(SseClient client) {
        client.keepAlive();
        LiveListener listener = feed.listen();
        client.onClose(listener::close);
        try {
            client.sendComment("live");
            while (!client.terminated() && !listener.isClosed()) {
                LiveMessage message = listener.next(KEEP_ALIVE);
                if (message != null) {
                    client.sendEvent(message.type(), message.json());
                } else if (!listener.isClosed()) {
                    client.sendComment("keep-alive");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.stopListening(listener);
            client.close();
        }
    }
}
