package io.gridcharge.ocpp.v201.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.validation.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OCPP 2.0.1 CustomDataType: the optional {@code customData} that every object of every 2.0.1 message may
 * carry, a vendor's extension of that object (OCPP 2.0.1 Part 2 §2.1.1 "Extensions").
 *
 * <p>It is the one object of the 2.0.1 schemas without {@code "additionalProperties": false}: besides the
 * required {@code vendorId} it may hold any property the vendor defines. {@link io.gridcharge.ocpp.json.OcppJson}
 * refuses unknown properties everywhere else (FormatViolation), as the schemas do; here it accepts them, because
 * the schema does, and keeps them in {@link #properties()} as JSON values, so that what a vendor sent is written
 * back unchanged when the message is passed on and nothing of it is lost or reinterpreted. We never read
 * vendor properties ourselves.
 *
 * @param vendorId who defined the extension, e.g. a reverse domain name
 * @param properties the vendor's own properties, by name; never null, empty when there are none
 */
public record CustomDataType(String vendorId, @JsonAnyGetter Map<String, JsonNode> properties) {

    public CustomDataType {
        Require.present(vendorId, "vendorId");
        Require.maxLength(vendorId, 255, "vendorId");
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * How Jackson reads it. Not the canonical constructor: Jackson would bind a vendor property called
     * "properties" to that constructor's parameter of the same name and lose it; the unnamed parameter here
     * takes every property but vendorId.
     */
    @JsonCreator
    static CustomDataType read(@JsonProperty("vendorId") String vendorId, @JsonAnySetter Map<String, JsonNode> properties) {
        return new CustomDataType(vendorId, properties);
    }

    /** An extension with no vendor properties. */
    public static CustomDataType of(String vendorId) {
        return new CustomDataType(vendorId, Map.of());
    }
}
