package io.gridcharge.ocpp.v16;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.gridcharge.ocpp.json.OcppJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official OCPP 1.6 JSON schemas as the npm package ocpp-rpc ships them: one file, lib/schemas/ocpp1_6.json,
 * an array of draft-07 schemas with ids {@code urn:<Action>.req} and {@code urn:<Action>.conf}. The ocpp
 * module's build installs the package into target/schema-check (see its pom.xml).
 */
final class OfficialSchemas {
    static final String SCHEMA_FILE = "node_modules/ocpp-rpc/lib/schemas/ocpp1_6.json";

    private final Map<String, JsonNode> definitions = new TreeMap<>();
    private final Map<String, JsonSchema> validators = new TreeMap<>();

    private OfficialSchemas(JsonNode schemaArray) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (JsonNode schema : schemaArray) {
            String id = schema.get("$id").textValue().substring("urn:".length());
            definitions.put(id, schema);
            validators.put(id, factory.getSchema(schema, config));
        }
    }

    /** Loads the installed schemas, or fails the test saying why they are not there. */
    static OfficialSchemas installed() {
        Path dir = Path.of(System.getProperty("gridcharge.schemaCheckDir", "target/schema-check"));
        Path file = dir.resolve(SCHEMA_FILE);
        if (!Files.isRegularFile(file)) {
            fail("The OCPP 1.6 JSON schemas are missing: " + file + " does not exist.\n"
                    + "The ocpp module's build installs the npm package ocpp-rpc there (npm ci in phase"
                    + " generate-test-resources); run the module's build, with npm on the PATH and the npm registry"
                    + " reachable.\n" + npmOutcome(dir));
        }
        try {
            return new OfficialSchemas(OcppJson.mapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new AssertionError("Could not read " + file, e);
        }
    }

    private static String npmOutcome(Path dir) {
        try {
            Path exit = dir.resolve("npm-ci.exit");
            Path log = dir.resolve("npm-ci.log");
            if (!Files.exists(exit)) {
                return "npm ci did not run (" + exit + " is missing).";
            }
            return "npm ci exited with " + Files.readString(exit).strip() + "; its output (" + log + "):\n"
                    + (Files.exists(log) ? Files.readString(log) : "(none)");
        } catch (IOException e) {
            return "npm's outcome could not be read: " + e;
        }
    }

    /** Action names that have a request schema. */
    Set<String> actions() {
        Set<String> actions = new TreeSet<>();
        for (String id : definitions.keySet()) {
            if (id.endsWith(".req")) {
                actions.add(id.substring(0, id.length() - ".req".length()));
            }
        }
        return actions;
    }

    Set<String> ids() {
        return definitions.keySet();
    }

    JsonNode definition(String id) {
        JsonNode schema = definitions.get(id);
        if (schema == null) {
            fail("No official schema " + id);
        }
        return schema;
    }

    /** The schema's complaints about a payload, empty when it conforms. */
    List<String> violations(String id, JsonNode payload) {
        definition(id);
        return validators.get(id).validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
