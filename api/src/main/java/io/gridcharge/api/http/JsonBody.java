package io.gridcharge.api.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.domain.shared.InvalidInput;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Collection;

/**
 * Reads request bodies: a JSON object (an empty body reads as {@code {}}) bound to a request record. Every
 * way a body can be wrong becomes a {@link BadRequest} naming the field and the rule.
 */
public final class JsonBody {
    private final ObjectMapper mapper;

    public JsonBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A parsed body: the bound record, and which fields the client sent (to tell absent from null). */
    public record Fields<T>(T value, ObjectNode raw) {
        public boolean isPresent(String field) {
            return raw.has(field);
        }

        public boolean isNull(String field) {
            return raw.has(field) && raw.get(field).isNull();
        }
    }

    public <T> T read(Context ctx, Class<T> type) {
        return bind(object(ctx), type);
    }

    public <T> Fields<T> readFields(Context ctx, Class<T> type) {
        ObjectNode raw = object(ctx);
        return new Fields<>(bind(raw, type), raw);
    }

    /** The body as a JSON object, without binding it (the OCPP pass-through forwards it as it is). */
    public ObjectNode object(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return mapper.createObjectNode();
        }
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw BadRequest.of("body", "must be valid JSON: " + e.getOriginalMessage() + at(e.getLocation()));
        }
        if (!(node instanceof ObjectNode object)) {
            throw BadRequest.of("body", "must be a JSON object");
        }
        return object;
    }

    /** A JSON object written by a trusted peer: a station's answer, checked against its schema by the gateway. */
    public ObjectNode object(String text) {
        try {
            if (mapper.readTree(text) instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a station's answer is not JSON: " + e.getOriginalMessage(), e);
        }
        throw new IllegalStateException("a station's answer is not a JSON object: " + text);
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T bind(ObjectNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw BadRequest.of(pathOf(e), "is not a known field");
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidInput invalid) {
                throw BadRequest.of(invalid.field(), invalid.rule());
            }
            throw BadRequest.of(pathOf(e), "is not valid");
        } catch (MismatchedInputException e) {
            throw BadRequest.of(pathOf(e), expected(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw BadRequest.of(pathOf(e), "is not valid: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw BadRequest.of("body", "is not valid: " + e.getOriginalMessage());
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 time such as 2025-01-31T12:00:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be a JSON object";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
