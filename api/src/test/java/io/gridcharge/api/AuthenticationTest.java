package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.tenant.Login;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private final TestPlatform platform = new TestPlatform();
    private final ApiClient anonymous = platform.anonymous();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void anOperatorLogsInAndUsesTheTokenOnTheApi() {
        ApiResponse login = anonymous.post("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + TestPlatform.ADMIN_PASSWORD + "\"}");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("user").path("username").asText()).isEqualTo("admin");
        assertThat(login.json().path("user").path("role").asText()).isEqualTo("Admin");
        assertThat(Instant.parse(login.json().path("expiresAt").asText()))
                .isEqualTo(TestPlatform.NOW.plus(Login.SESSION_LENGTH));
        ApiResponse stations = anonymous.withToken(login.json().path("token").asText()).get("/api/v1/stations");
        assertThat(stations.status()).isEqualTo(200);
    }

    @Test
    void aRequestWithoutATokenIsAskedToAuthenticate() {
        ApiResponse response = anonymous.get("/api/v1/stations");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIsRejectedAsInvalid() {
        ApiResponse response = anonymous.withToken("not-a-session").get("/api/v1/stations");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        ApiResponse response = anonymous.post("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"guess\"}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("type").asText()).endsWith("/bad-credentials");
        assertThat(response.body()).doesNotContain("token");
    }

    @Test
    void repeatedFailuresAreThrottledWithRetryAfter() {
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(anonymous.post("/api/v1/auth/login", "{\"username\":\"admin\",\"password\":\"guess\"}")
                    .status()).isEqualTo(401);
        }

        ApiResponse throttled = anonymous.post("/api/v1/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + TestPlatform.ADMIN_PASSWORD + "\"}");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("1");
        assertThat(throttled.json().path("type").asText()).endsWith("/login-throttled");
    }

    @Test
    void aLoginWithoutPasswordNamesTheMissingField() {
        ApiResponse response = anonymous.post("/api/v1/auth/login", "{\"username\":\"admin\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("password");
    }

    @Test
    void afterLogoutTheTokenNoLongerWorks() {
        ApiClient admin = platform.admin();

        assertThat(admin.post("/api/v1/auth/logout", null).status()).isEqualTo(204);

        assertThat(admin.get("/api/v1/stations").status()).isEqualTo(401);
    }

    @Test
    void healthMetricsAndTheOpenApiDocumentNeedNoToken() {
        assertThat(anonymous.get("/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/metrics").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/openapi.json").status()).isEqualTo(200);
    }
}
