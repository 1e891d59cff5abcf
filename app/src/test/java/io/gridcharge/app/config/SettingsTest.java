package io.gridcharge.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void usesTheDocumentedDefaultsWhenNothingIsSet() {
        Settings settings = Settings.resolve(Map.of(), Map.of(), dir.resolve("absent.yaml"));

        assertThat(settings.port(Setting.HTTP_PORT)).isEqualTo(8080);
        assertThat(settings.port(Setting.OCPP_PORT)).isEqualTo(8180);
        assertThat(settings.text(Setting.BIND)).isEqualTo("127.0.0.1");
        assertThat(settings.path(Setting.DATA_DIR)).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.get(Setting.DB_URL)).isEmpty();
    }

    @Test
    void aFlagWinsOverTheEnvironmentWhichWinsOverTheFile() throws IOException {
        Path yaml = Files.writeString(dir.resolve("gridcharge.yaml"), "http-port: 9001\nocpp-port: 9002\nbind: 0.0.0.0\n");
        Map<String, String> env = Map.of("GRIDCHARGE_HTTP_PORT", "9101", "GRIDCHARGE_OCPP_PORT", "9102");

        Settings settings = Settings.resolve(Map.of(Setting.HTTP_PORT, "9201"), env, yaml);

        assertThat(settings.port(Setting.HTTP_PORT)).isEqualTo(9201);
        assertThat(settings.port(Setting.OCPP_PORT)).isEqualTo(9102);
        assertThat(settings.text(Setting.BIND)).isEqualTo("0.0.0.0");
    }

    @Test
    void rejectsAnInvalidPortNamingTheSettingAndItsEnvironmentVariable() {
        assertThatThrownBy(() -> Settings.resolve(Map.of(Setting.OCPP_PORT, "eighty"), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ocpp-port")
                .hasMessageContaining("GRIDCHARGE_OCPP_PORT")
                .hasMessageContaining("eighty");
    }

    @Test
    void rejectsAnUnknownKeyInTheFile() throws IOException {
        Path yaml = Files.writeString(dir.resolve("gridcharge.yaml"), "http_port: 9001\n");

        assertThatThrownBy(() -> Settings.resolve(Map.of(), Map.of(), yaml))
                .hasMessageContaining("unknown setting 'http_port'");
    }
}
