package io.gridcharge.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the newcomer's contract: it must list every setting as it is. */
class ReadmeConfigurationTableTest {

    @Test
    void everySettingAppearsInTheReadmeWithItsFlagEnvironmentVariableAndDefault() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        for (Setting setting : Setting.values()) {
            String defaultCell = setting.defaultValue() == null ? "unset"
                    : setting.defaultValue().isEmpty() ? "empty" : "`" + setting.defaultValue() + "`";
            assertThat(readme).as(setting.key()).contains("| `" + setting.flag() + "` | `"
                    + setting.environmentVariable() + "` | " + defaultCell + " | " + setting.description() + " |");
        }
    }
}
