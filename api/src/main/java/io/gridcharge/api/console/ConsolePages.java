package io.gridcharge.api.console;

import io.gridcharge.api.auth.Access;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the operator console (the web module's build, on the classpath under {@value #DIRECTORY}) at {@code /},
 * open without a token: the pages hold no data, the console logs in to the API. Its hashed assets are cached for good; {@code index.html} is always revalidated, so a new build shows at once.
 * A browser that asks for a page of the console's own ({@code /stations/CP-1}) gets index.html, and the console
 * routes it; the API's, health's and metrics' paths are never answered that way, so an unknown API path stays a
 * 404 problem for every client.
 */
public final class ConsolePages {
    static final String DIRECTORY = "gridcharge-console";
    private static final List<String> NOT_CONSOLE = List.of("/api/", "/api", "/health", "/metrics", "/firmware/",
            "/diagnostics/");

    private final byte[] index;

    private ConsolePages(byte[] index) {
        this.index = index;
    }

    /** Empty when the console was not built into this classpath (a module test, say): the API works without it. */
    public static Optional<ConsolePages> onClasspath() {
        try (InputStream in = ConsolePages.class.getResourceAsStream("/" + DIRECTORY + "/index.html")) {
            return in == null ? Optional.empty() : Optional.of(new ConsolePages(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = DIRECTORY + "/assets";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
            files.roles = Set.of(Access.ANONYMOUS);
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
            files.roles = Set.of(Access.ANONYMOUS);
            files.skipFileFunction = request -> request.getRequestURI().startsWith("/assets/");
        });
    }

    /** Answers with the console's page when the request is a browser's for one of its routes; false otherwise. */
    public boolean answer(Context ctx) {
        String path = ctx.path();
        boolean page = "GET".equals(ctx.method().name()) && NOT_CONSOLE.stream().noneMatch(path::startsWith)
                && !path.startsWith("/assets/") && accepts(ctx.header("Accept"));
        if (page) {
            ctx.status(200).header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(index);
        }
        return page;
    }

    private static boolean accepts(String accept) {
        return accept != null && accept.contains("text/html");
    }
}
