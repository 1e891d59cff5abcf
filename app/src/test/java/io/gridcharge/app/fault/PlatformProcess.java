package io.gridcharge.app.fault;

import io.gridcharge.app.testing.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The packaged platform (target/gridcharge.jar) run as its own JVM, so a test can kill it the hard way. */
final class PlatformProcess implements AutoCloseable {
    static final String ADMIN_PASSWORD = "Crash-Test-Admin-1!";

    private final Process process;
    private final int httpPort;
    private final int ocppPort;

    private PlatformProcess(Process process, int httpPort, int ocppPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.ocppPort = ocppPort;
    }

    static PlatformProcess start(Path dataDir, int httpPort, int ocppPort, Path log) {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", Path.of("target", "gridcharge.jar").toString(),
                "serve", "--data-dir", dataDir.toString(), "--http-port", String.valueOf(httpPort),
                "--ocpp-port", String.valueOf(ocppPort))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("GRIDCHARGE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().remove("GRIDCHARGE_DB_URL");
        try {
            PlatformProcess platform = new PlatformProcess(builder.start(), httpPort, ocppPort);
            platform.awaitHealthy(log);
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String ocppUrl() {
        return "ws://127.0.0.1:" + ocppPort + "/ocpp";
    }

    ApiClient admin() {
        return new ApiClient(httpPort).login("admin", ADMIN_PASSWORD);
    }

    /** SIGKILL: no shutdown hook runs, the database server it started is left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an operator stops it; forced after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Path log) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the platform was not healthy within 90 s; see " + log);
    }
}
