package io.gridcharge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.json.OcppJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prepares GridCharge for a run through its REST API: logs in as admin, registers BENCH-00001... (or the
 * simulator's stations) as Accepted stations, with the Basic Auth password when there is one, and the id tokens
 * they use. Those that exist already (409) are left as they are, so a second run registers nothing.
 */
public final class PlatformRegistration {
    private static final int PARALLEL_REQUESTS = 8;

    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = OcppJson.mapper();

    public PlatformRegistration(URI api) {
        this.api = api;
    }

    /** How many were created and how many existed already. */
    public record Registered(int created, int existing) {
    }

    /** The run's stations, and each station's card when the mix has transactions. */
    public Registered register(String adminPassword, BenchSettings settings, boolean cards)
            throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        List<String> idTags = new ArrayList<>();
        for (int number = 1; number <= settings.stations(); number++) {
            ids.add(BenchSettings.stationId(number));
            if (cards) {
                idTags.add(settings.idTagOf(number));
            }
        }
        return register(adminPassword, ids, settings.stationPassword(), idTags);
    }

    /** Registers these stations as Accepted and these id tokens; counts are of the stations. */
    public Registered register(String adminPassword, Collection<String> stationIds, String stationPassword,
                               Collection<String> idTags) throws IOException, InterruptedException {
        String token = login(adminPassword);
        Semaphore inFlight = new Semaphore(PARALLEL_REQUESTS);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger existing = new AtomicInteger();
        List<CompletableFuture<Void>> requests = new ArrayList<>();
        for (String stationId : stationIds) {
            ObjectNode body = json.createObjectNode().put("id", stationId).put("registration", "Accepted");
            if (stationPassword != null) {
                body.put("password", stationPassword);
            }
            inFlight.acquire();
            requests.add(post("/api/v1/stations", token, body).whenComplete((response, failure) -> inFlight.release())
                    .thenAccept(response -> count(response, created, existing, "station")));
        }
        for (String idTag : idTags) {
            inFlight.acquire();
            requests.add(post("/api/v1/id-tokens", token, json.createObjectNode().put("idToken", idTag))
                    .whenComplete((response, failure) -> inFlight.release())
                    .thenAccept(response -> count(response, new AtomicInteger(), new AtomicInteger(), "id token")));
        }
        CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).join();
        return new Registered(created.get(), existing.get());
    }

    private String login(String adminPassword) throws IOException, InterruptedException {
        String body = json.writeValueAsString(json.createObjectNode().put("username", "admin")
                .put("password", adminPassword));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve("/api/v1/auth/login"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Login as admin at " + api + " failed: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        JsonNode answer = json.readTree(response.body());
        return answer.path("token").asText();
    }

    private CompletableFuture<HttpResponse<String>> post(String path, String token, ObjectNode body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.sendAsync(HttpRequest.newBuilder(api.resolve(path))
                .header("content-type", "application/json")
                .header("authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void count(HttpResponse<String> response, AtomicInteger created, AtomicInteger existing,
                              String what) {
        switch (response.statusCode()) {
            case 200, 201 -> created.incrementAndGet();
            case 409 -> existing.incrementAndGet();
            default -> throw new IllegalStateException("Registering a " + what + " failed: HTTP "
                    + response.statusCode() + " " + response.body());
        }
    }
}
