package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.api.http.ErrorAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ProblemDetailsTest {
    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        ApiResponse response = api.get("/api/v1/chargers");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asText()).isEqualTo("about:blank");
        assertThat(response.json().path("title").asText()).isEqualTo("Not Found");
        assertThat(response.json().path("detail").asText()).contains("/api/v1/chargers");
    }

    @Test
    void anUnknownRouteIsNotFoundEvenWithoutAToken() {
        assertThat(platform.anonymous().get("/nowhere").status()).isEqualTo(404);
    }

    @Test
    void aWrongMethodIsNotAllowedAndSaysWhichAre() {
        ApiResponse response = api.send("PUT", "/api/v1/stations", "{}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void aFailureOfThePlatformIsLoggedAndAnsweredWithAGenericServerErrorThatLeaksNothing() {
        platform.given(aStation("CP-1"));
        platform.commands.throwOnSend(new IllegalStateException("connection registry at 10.0.0.7 is down"));
        Logger log = (Logger) LoggerFactory.getLogger(ErrorAnswers.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        log.setAdditive(false);
        ApiResponse response;
        try {
            response = api.post("/api/v1/stations/CP-1/commands/clear-cache", "{}");
        } finally {
            log.detachAppender(logged);
            log.setAdditive(true);
        }

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("10.0.0.7").doesNotContain("IllegalStateException");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains("POST /api/v1/stations/CP-1/commands/clear-cache");
            assertThat(event.getThrowableProxy().getMessage()).contains("10.0.0.7");
        });
    }

    @Test
    void everyProblemCarriesTypeTitleStatusAndDetail() {
        ApiResponse response = api.post("/api/v1/stations", "{\"id\":\"\"}");

        assertThat(response.json().path("type").asText()).isEqualTo("https://gridcharge.io/problems/invalid-request");
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.json().path("status").asInt()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).isEqualTo("id must not be blank");
    }

    @Test
    void aDuplicateKeyIsMalformedJson() {
        ApiResponse response = api.post("/api/v1/stations", "{\"id\":\"CP-1\",\"id\":\"CP-2\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).contains("Duplicate field 'id'");
        assertThat(platform.stations.count()).isZero();
    }

    @Test
    void aNumberTooLargeForItsFieldIsNamed() {
        platform.given(aStation("CP-1"));

        ApiResponse response = api.post("/api/v1/stations/CP-1/commands/unlock", "{\"connectorId\":99999999999}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("connectorId");
    }

    @Test
    void aFractionWhereAnIntegerBelongsIsNamed() {
        platform.given(aStation("CP-1"));

        ApiResponse response = api.post("/api/v1/stations/CP-1/commands/unlock", "{\"connectorId\":1.5}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("connectorId");
    }
}
