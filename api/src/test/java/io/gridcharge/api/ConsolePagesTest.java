package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.TestPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operator console served at / from the web module's build, beside the API it must not hide. */
class ConsolePagesTest {
    private final TestPlatform platform = new TestPlatform();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theRootIsTheConsolesPage() throws Exception {
        HttpResponse<String> page = get("/", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"root\">");
    }

    @Test
    void aBrowserOpeningAConsoleAddressDirectlyGetsTheConsoleWhichRoutesItself() throws Exception {
        HttpResponse<String> page = get("/stations/CP-1", "text/html,application/xhtml+xml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">");
    }

    @Test
    void anUnknownApiPathStaysA404ProblemEvenForABrowser() throws Exception {
        HttpResponse<String> answer = get("/api/v1/no-such-thing", "text/html");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theConsolesScriptsAreServedAndCachedForGood() throws Exception {
        String index = get("/", "text/html").body();
        String script = index.replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");

        HttpResponse<String> asset = get(script, "*/*");

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.server().port() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
