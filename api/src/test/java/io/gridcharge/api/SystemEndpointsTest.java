package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SystemEndpointsTest {
    private final TestPlatform platform = new TestPlatform();
    private final ApiClient anonymous = platform.anonymous();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void healthIsUpWhileThePlatformIsReady() {
        ApiResponse health = anonymous.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void healthIsUnavailableWhileThePlatformIsNotReady() {
        platform.setHealthy(false);

        ApiResponse health = anonymous.get("/health");

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("status").asText()).isEqualTo("DOWN");
    }

    @Test
    void metricsTimeRequestsByRouteAndStatus() {
        ApiClient admin = platform.admin();
        admin.get("/api/v1/stations/CP-9");
        admin.get("/api/v1/stations/CP-8");
        admin.get("/no/such/route");

        ApiResponse metrics = anonymous.get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/stations/{id}\",status=\"404\"} 2")
                .contains("route=\"/api/v1/auth/login\",status=\"200\"")
                .contains("route=\"unmatched\",status=\"404\"")
                .doesNotContain("CP-9");
    }

    @Test
    void theOpenApiDocumentIsServed() {
        ApiResponse document = anonymous.get("/api/openapi.json");

        assertThat(document.contentType()).startsWith("application/json");
        assertThat(document.json().path("openapi").asText()).startsWith("3.1");
    }
}
