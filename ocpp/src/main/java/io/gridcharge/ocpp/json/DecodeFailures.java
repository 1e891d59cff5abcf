package io.gridcharge.ocpp.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a Jackson failure into the CALLERROR code OCPP-J 1.6 §4.2.3 (Table "Valid Error Codes") gives it:
 * <ul>
 * <li>FormationViolation, "payload for Action is syntactically incorrect or not conform the PDU structure for
 * Action": not a JSON object, a property the message does not define, broken JSON;</li>
 * <li>TypeConstraintViolation, "at least one of the fields violates data type constraints (e.g.
 * "somestring": 12)": a field of the wrong JSON type, a string where an object belongs, a number for an
 * enumeration;</li>
 * <li>PropertyConstraintViolation, "at least one field contains an invalid value": a value of the right
 * JSON type that the field does not allow: an unknown enumeration value, a string too long, a number out of
 * range, a date-time that does not parse;</li>
 * <li>OccurenceConstraintViolation, "at least one of the fields violates occurence constraints": a required
 * field missing, a list of the wrong size; thrown by the record's constructor ({@code Require}) and unwrapped
 * here from Jackson's ValueInstantiationException.</li>
 * </ul>
 * Where the table leaves a case open the rule is: a JSON type the field can never hold is a type violation;
 * a JSON type it can hold, with a value it does not allow, is a property violation. A JSON {@code null} reads
 * as an absent field (so a null required field is an occurrence violation), because stations in the field
 * send null for absent optional fields and null carries nothing an absent field does not.
 *
 * <p>OCPP-J 2.0.1 Part 4 §4.3 keeps these four codes for the same failures and only respells two
 * (FormatViolation, OccurrenceConstraintViolation); {@link ErrorCode#wireName} writes each version's spelling.
 */
final class DecodeFailures {
    /** Path of the payload itself. */
    static final String ROOT = "$";

    private DecodeFailures() {
    }

    static PayloadViolation toViolation(IOException failure) {
        if (failure instanceof InvalidDefinitionException definition) {
            // Our record cannot be mapped at all: a bug here, not the peer's fault.
            throw new IllegalStateException("OCPP record not mappable: " + definition.getOriginalMessage(), definition);
        }
        String path = failure instanceof JsonMappingException mapping ? path(mapping) : ROOT;
        if (failure instanceof ValueInstantiationException instantiation) {
            return fromRecordCheck(instantiation, path);
        }
        if (failure instanceof PropertyBindingException unknown) {
            return new PayloadViolation(ErrorCode.FORMATION_VIOLATION, path,
                    "is not a field of " + unknown.getReferringClass().getSimpleName());
        }
        if (failure instanceof InvalidFormatException format) {
            return badValue(path, format.getValue(), format.getTargetType());
        }
        if (failure instanceof MismatchedInputException mismatch) {
            return new PayloadViolation(ErrorCode.TYPE_CONSTRAINT_VIOLATION, path,
                    "must be " + expectedJsonType(mismatch.getTargetType()));
        }
        InputCoercionException outOfRange = causeOfType(failure, InputCoercionException.class);
        if (outOfRange != null) {
            return new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, path,
                    "is out of range for " + outOfRange.getTargetType().getSimpleName());
        }
        String detail = failure instanceof JacksonException jackson ? jackson.getOriginalMessage() : failure.getMessage();
        return new PayloadViolation(ErrorCode.FORMATION_VIOLATION, path, "could not be read: " + detail);
    }

    private static PayloadViolation fromRecordCheck(ValueInstantiationException failure, String path) {
        PayloadViolation check = causeOfType(failure, PayloadViolation.class);
        if (check == null) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            return new PayloadViolation(ErrorCode.FORMATION_VIOLATION, path,
                    "could not be built: " + cause.getMessage());
        }
        String field = path.equals(ROOT) ? check.field() : path + "." + check.field();
        return new PayloadViolation(check.code(), field, check.rule());
    }

    private static PayloadViolation badValue(String path, Object value, Class<?> target) {
        String expected = expectedJsonType(target);
        String actual = jsonTypeOf(value);
        boolean sameType = expected.equals(actual) || expected.equals("a number") && actual.equals("an integer");
        if (!sameType) {
            return new PayloadViolation(ErrorCode.TYPE_CONSTRAINT_VIOLATION, path, "must be " + expected);
        }
        String rule = target == Instant.class
                ? "\"" + value + "\" is not an ISO-8601 date-time with offset"
                : target.isEnum()
                        ? "\"" + value + "\" is not a valid " + target.getSimpleName()
                        : value + " is not allowed for " + target.getSimpleName();
        return new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, path, rule);
    }

    private static String expectedJsonType(Class<?> target) {
        if (target == null) {
            return "another JSON type";
        }
        if (target == String.class || target.isEnum() || target == Instant.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "a boolean";
        }
        if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
            return target == BigDecimal.class ? "a number" : "an integer";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String jsonTypeOf(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return "a number";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "an integer";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return "another JSON type";
    }

    /** Jackson's reference path as dotted fields and [index] elements: {@code meterValue[0].sampledValue[1].unit}. */
    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? ROOT : path.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
