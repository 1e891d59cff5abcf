package io.gridcharge.sim.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds and reads scenarios: a bundled one by name, or a YAML file by path. */
public final class Scenarios {
    /** The scenarios that ship with the simulator (resources under io/gridcharge/sim/scenarios). */
    public static final List<String> BUNDLED = List.of("residential-street", "workplace-lot", "district-feeder");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private Scenarios() {
    }

    /** A bundled name, or the path of a YAML file. */
    public static Scenario load(String nameOrPath) {
        if (BUNDLED.contains(nameOrPath)) {
            try (InputStream in = Scenarios.class.getResourceAsStream("/io/gridcharge/sim/scenarios/" + nameOrPath
                    + ".yaml")) {
                return YAML.readValue(in, Scenario.class);
            } catch (IOException e) {
                throw new IllegalStateException("The bundled scenario " + nameOrPath + " cannot be read", e);
            }
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No scenario '" + nameOrPath + "': neither a bundled one ("
                    + String.join(", ", BUNDLED) + ") nor a file");
        }
        try {
            return YAML.readValue(file.toFile(), Scenario.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Scenario " + file + " is not valid: " + e.getMessage(), e);
        }
    }
}
