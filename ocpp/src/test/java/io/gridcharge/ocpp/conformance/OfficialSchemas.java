package io.gridcharge.ocpp.conformance;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official OCPP JSON schemas as the npm package ocpp-rpc ships them: one file per version under
 * lib/schemas (ocpp1_6.json, ocpp2_0_1.json), each an array of draft-07 schemas with ids
 * {@code urn:<Action>.req} and {@code urn:<Action>.conf}. The ocpp module's build installs the package into
 * target/schema-check (see its pom.xml).
 */
public final class OfficialSchemas {
    private static final String SCHEMA_DIR = "node_modules/ocpp-rpc/lib/schemas/";

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

    /** The 1.6 schemas, with those of the Security Whitepaper's messages. */
    public static OfficialSchemas ocpp16() {
        return installed("ocpp1_6.json", "1.6");
    }

    /** The 2.0.1 schemas: 64 actions, one .req and one .conf each. */
    public static OfficialSchemas ocpp201() {
        return installed("ocpp2_0_1.json", "2.0.1");
    }

    /** Loads the installed schemas, or fails the test saying why they are not there. */
    private static OfficialSchemas installed(String fileName, String version) {
        Path dir = Path.of(System.getProperty("gridcharge.schemaCheckDir", "target/schema-check"));
        Path file = dir.resolve(SCHEMA_DIR + fileName);
        if (!Files.isRegularFile(file)) {
            fail("The OCPP " + version + " JSON schemas are missing: " + file + " does not exist.\n"
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
    public Set<String> actions() {
        Set<String> actions = new TreeSet<>();
        for (String id : definitions.keySet()) {
            if (id.endsWith(".req")) {
                actions.add(id.substring(0, id.length() - ".req".length()));
            }
        }
        return actions;
    }

    public Set<String> ids() {
        return definitions.keySet();
    }

    public JsonNode definition(String id) {
        JsonNode schema = definitions.get(id);
        if (schema == null) {
            fail("No official schema " + id);
        }
        return schema;
    }

    /** The schema's complaints about a payload, empty when it conforms. */
    public List<String> violations(String id, JsonNode payload) {
        definition(id);
        return validators.get(id).validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /**
     * The paths of the properties schema {@code id} defines that the payload leaves unset, nested objects and
     * arrays included: so a sample can be checked to cover every field, not only the required ones.
     */
    public Set<String> unsetFields(String id, JsonNode payload) {
        Set<String> unset = new TreeSet<>();
        collectUnset(definition(id), List.of(payload), "", unset);
        return unset;
    }

    /**
     * Adds to {@code unset} the path of every property the schema defines that none of the given JSON values
     * sets; into arrays of objects, a property counts as set when any element sets it. Properties that refer
     * to a definition ({@code $ref}, as all of 2.0.1's nested objects do) are followed into it.
     */
    private void collectUnset(JsonNode schema, List<JsonNode> values, String path, Set<String> unset) {
        JsonNode properties = resolve(schema).get("properties");
        if (properties == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            List<JsonNode> present = new ArrayList<>();
            for (JsonNode value : values) {
                JsonNode child = value.get(field.getKey());
                if (child != null && !child.isNull()) {
                    present.add(child);
                }
            }
            if (present.isEmpty()) {
                unset.add(fieldPath);
                continue;
            }
            JsonNode fieldSchema = resolve(field.getValue());
            if (fieldSchema.has("properties")) {
                collectUnset(fieldSchema, present, fieldPath, unset);
            } else if (fieldSchema.has("items") && resolve(fieldSchema.get("items")).has("properties")) {
                List<JsonNode> elements = new ArrayList<>();
                present.forEach(array -> array.forEach(elements::add));
                collectUnset(resolve(fieldSchema.get("items")), elements, fieldPath, unset);
            }
        }
    }

    /** Follows a {@code #/definitions/X} reference; the definition is looked up in whichever schema holds it. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.textValue().substring("#/definitions/".length());
        for (JsonNode root : definitions.values()) {
            JsonNode definition = root.path("definitions").get(name);
            if (definition != null) {
                return definition;
            }
        }
        throw new IllegalStateException("No definition " + name);
    }
}
