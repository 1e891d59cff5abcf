package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdTokenEndpointsTest {
    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void issuingATokenAnswersCreated() {
        ApiResponse created = api.post("/api/v1/id-tokens",
                "{\"idToken\":\"04A2 B1C3\",\"expiresAt\":\"2026-01-01T00:00:00Z\",\"groupId\":\"FLEET-7\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/id-tokens/04A2%20B1C3");
        assertThat(created.json().path("status").asText()).isEqualTo("Accepted");
        assertThat(created.json().path("expiresAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(created.json().path("groupId").asText()).isEqualTo("FLEET-7");
        assertThat(api.get(created.header("Location")).json().path("idToken").asText()).isEqualTo("04A2 B1C3");
    }

    @Test
    void issuingAKnownTokenIsAConflict() {
        platform.givenToken("RFID-1", TokenStatus.BLOCKED);

        ApiResponse duplicate = api.post("/api/v1/id-tokens", "{\"idToken\":\"RFID-1\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(token("RFID-1").status()).isEqualTo(TokenStatus.BLOCKED);
    }

    @Test
    void tokensAreListedByStatus() {
        platform.givenToken("RFID-1", TokenStatus.ACCEPTED);
        platform.givenToken("RFID-2", TokenStatus.BLOCKED);
        platform.givenToken("RFID-3", TokenStatus.BLOCKED);

        JsonNode blocked = api.get("/api/v1/id-tokens?status=Blocked&size=1").json();

        assertThat(blocked.path("total").asLong()).isEqualTo(2);
        assertThat(blocked.path("items").get(0).path("idToken").asText()).isEqualTo("RFID-2");
    }

    @Test
    void aPatchKeepsWhatItLeavesOut() {
        api.post("/api/v1/id-tokens", "{\"idToken\":\"RFID-1\",\"expiresAt\":\"2026-01-01T00:00:00Z\",\"groupId\":\"G\"}");

        ApiResponse changed = api.patch("/api/v1/id-tokens/RFID-1", "{\"status\":\"Blocked\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(token("RFID-1").status()).isEqualTo(TokenStatus.BLOCKED);
        assertThat(token("RFID-1").expiresAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(token("RFID-1").groupId()).isEqualTo(IdToken.of("G"));
    }

    @Test
    void aPatchWithNullClearsExpiryAndGroup() {
        api.post("/api/v1/id-tokens", "{\"idToken\":\"RFID-1\",\"expiresAt\":\"2026-01-01T00:00:00Z\",\"groupId\":\"G\"}");

        ApiResponse changed = api.patch("/api/v1/id-tokens/RFID-1", "{\"expiresAt\":null,\"groupId\":null}");

        assertThat(changed.json().path("expiresAt").isNull()).isTrue();
        assertThat(token("RFID-1").expiresAt()).isNull();
        assertThat(token("RFID-1").groupId()).isNull();
    }

    @Test
    void aPatchSetsANewExpiry() {
        platform.givenToken("RFID-1", TokenStatus.ACCEPTED);

        api.patch("/api/v1/id-tokens/RFID-1", "{\"expiresAt\":\"2027-03-01T12:00:00Z\"}");

        assertThat(token("RFID-1").expiresAt()).isEqualTo(Instant.parse("2027-03-01T12:00:00Z"));
    }

    @Test
    void theStatusCannotBeCleared() {
        platform.givenToken("RFID-1", TokenStatus.ACCEPTED);

        ApiResponse rejected = api.patch("/api/v1/id-tokens/RFID-1", "{\"status\":null}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("status");
    }

    @Test
    void badTokenFieldsAreNamedAndNothingIsIssued() {
        ApiResponse rejected = api.post("/api/v1/id-tokens",
                "{\"idToken\":\"" + "x".repeat(37) + "\",\"status\":\"Lost\",\"groupId\":\" \"}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactlyInAnyOrder("idToken", "status", "groupId");
        assertThat(api.get("/api/v1/id-tokens").json().path("total").asLong()).isZero();
    }

    @Test
    void anExpiryThatIsNotATimeIsNamed() {
        ApiResponse rejected = api.post("/api/v1/id-tokens", "{\"idToken\":\"RFID-1\",\"expiresAt\":\"tomorrow\"}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("expiresAt");
        assertThat(rejected.json().path("errors").get(0).path("rule").asText()).contains("ISO-8601");
    }

    @Test
    void anExpiryGivenAsANumberIsNotGuessedAt() {
        ApiResponse rejected = api.post("/api/v1/id-tokens", "{\"idToken\":\"RFID-1\",\"expiresAt\":1767225600}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("expiresAt");
    }

    @Test
    void aRemovedTokenIsGone() {
        platform.givenToken("RFID-1", TokenStatus.ACCEPTED);

        assertThat(api.delete("/api/v1/id-tokens/RFID-1").status()).isEqualTo(204);

        assertThat(api.get("/api/v1/id-tokens/RFID-1").status()).isEqualTo(404);
    }

    private RegisteredToken token(String idToken) {
        return platform.tokens.find(IdToken.of(idToken)).orElseThrow();
    }
}
