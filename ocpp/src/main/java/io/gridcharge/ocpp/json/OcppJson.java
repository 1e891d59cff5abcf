package io.gridcharge.ocpp.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.io.IOException;
import java.time.Instant;

/**
 * The one JSON mapping of OCPP messages, for every version: records to JSON and back, strict as the official
 * JSON schemas are (no unknown properties, no type coercion: {@code "connectorId":"1"} is refused, not
 * converted), with date-times as ISO-8601 UTC strings and absent optional fields left out.
 *
 * <p>{@link #decode} reports every failure as a {@link PayloadViolation} naming the field path and the
 * CALLERROR code (see {@link DecodeFailures} for the mapping).
 */
public final class OcppJson {
    private static final ObjectMapper MAPPER = build();
    /** One reader per message type, made once: {@code readerFor} on every message showed in profiles (issue 5). */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    private OcppJson() {
    }

    /** The configured mapper; thread-safe. Use it for frames and payloads alike, never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a payload into its message record, running the record's own checks.
     *
     * @throws PayloadViolation with the OCPP-J error code and the path of the offending field
     */
    public static <T> T decode(JsonNode payload, Class<T> type) {
        if (payload == null || !payload.isObject()) {
            throw new PayloadViolation(ErrorCode.FORMATION_VIOLATION, DecodeFailures.ROOT,
                    "must be a JSON object, was " + (payload == null ? "missing" : payload.getNodeType()));
        }
        try {
            return READERS.get(type).readValue(payload);
        } catch (IOException e) {
            throw DecodeFailures.toViolation(e);
        }
    }

    /** Writes a message record as its JSON payload. */
    public static ObjectNode encode(Object message) {
        JsonNode node = MAPPER.valueToTree(message);
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException(message.getClass().getName() + " does not write as a JSON object");
        }
        return object;
    }

    private static ObjectMapper build() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // Registered after JavaTimeModule so that it wins: see OcppInstants for why.
                .addModule(new SimpleModule("ocpp-instants")
                        .addSerializer(Instant.class, new OcppInstants.Writer())
                        .addDeserializer(Instant.class, new OcppInstants.Reader()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS) // Heartbeat.req and friends are {}
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Decimals (charging limits, multipleOf 0.1) stay exact from text to record and back.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.POJO)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
