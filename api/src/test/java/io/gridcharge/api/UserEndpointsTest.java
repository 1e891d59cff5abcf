package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Operators create users, block them and let their accounts expire; each takes effect at once. */
class UserEndpointsTest {
    private static final String PASSWORD = "Night-Shift-2026!";

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient admin = platform.admin();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aCreatedUserLogsIn() {
        ApiResponse created = admin.post("/api/v1/users", "{\"username\":\"lin.wei\",\"password\":\"" + PASSWORD + "\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("role").asText()).isEqualTo("Admin");
        assertThat(created.json().has("passwordHash")).isFalse();
        assertThat(login("lin.wei").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/users").json().path("items").valueStream().map(u -> u.path("username").asText()))
                .containsExactly("admin", "lin.wei");
    }

    @Test
    void aWeakPasswordIsRefusedNamingTheFieldAndNoUserIsMade() {
        ApiResponse created = admin.post("/api/v1/users", "{\"username\":\"lin.wei\",\"password\":\"short\"}");

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.errorFields()).containsExactly("password");
        assertThat(admin.get("/api/v1/users/lin.wei").status()).isEqualTo(404);
    }

    @Test
    void aTakenUsernameIsAConflict() {
        assertThat(admin.post("/api/v1/users", "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}").status())
                .isEqualTo(409);
    }

    @Test
    void aBlockedUserCannotLogInAndTheirOpenSessionEnds() {
        admin.post("/api/v1/users", "{\"username\":\"lin.wei\",\"password\":\"" + PASSWORD + "\"}");
        ApiClient lin = platform.anonymous().withToken(login("lin.wei").json().path("token").asText());
        assertThat(lin.get("/api/v1/stations").status()).isEqualTo(200);

        JsonNode blocked = admin.patch("/api/v1/users/lin.wei", "{\"blocked\":true}").json();

        assertThat(blocked.path("blocked").asBoolean()).isTrue();
        assertThat(lin.get("/api/v1/stations").status()).isEqualTo(401);
        assertThat(login("lin.wei").status()).isEqualTo(401);
        admin.patch("/api/v1/users/lin.wei", "{\"blocked\":false}");
        assertThat(login("lin.wei").status()).isEqualTo(200);
    }

    @Test
    void anAccountExpiresAtItsTime() {
        admin.post("/api/v1/users", "{\"username\":\"temp\",\"password\":\"" + PASSWORD + "\"}");
        admin.patch("/api/v1/users/temp", "{\"expiresAt\":\"2025-06-01T12:00:00Z\"}");
        assertThat(login("temp").status()).isEqualTo(200);

        platform.clock.advance(Duration.ofHours(2));

        assertThat(login("temp").status()).isEqualTo(401);
        admin.patch("/api/v1/users/temp", "{\"expiresAt\":null}");
        assertThat(login("temp").status()).isEqualTo(200);
    }

    @Test
    void nobodyBlocksTheirOwnAccount() {
        ApiResponse answer = admin.patch("/api/v1/users/admin", "{\"blocked\":true}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/users/admin").json().path("blocked").asBoolean()).isFalse();
    }

    private ApiResponse login(String username) {
        return platform.anonymous().post("/api/v1/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
    }
}
