package io.gridcharge.ocpp.validation;

import io.gridcharge.ocpp.ErrorCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The schema rules a record's compact constructor checks. Type mismatches are caught earlier, by the JSON
 * decoder; what remains are presence, lengths, ranges and list sizes.
 */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new PayloadViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, field, "is required");
        }
        return value;
    }

    public static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, field,
                    "must be at most " + max + " characters, was " + value.length());
        }
        return value;
    }

    /** Checks every string of an optional list, naming the offending item: {@code location[2]}. */
    public static List<String> eachMaxLength(List<String> values, int max, String field) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                maxLength(values.get(i), max, field + "[" + i + "]");
            }
        }
        return values;
    }

    public static Integer atLeast(Integer value, int min, String field) {
        if (value != null && value < min) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, field,
                    "must be at least " + min + ", was " + value);
        }
        return value;
    }

    public static Integer atMost(Integer value, int max, String field) {
        if (value != null && value > max) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, field,
                    "must be at most " + max + ", was " + value);
        }
        return value;
    }

    public static BigDecimal atLeast(BigDecimal value, BigDecimal min, String field) {
        if (value != null && value.compareTo(min) < 0) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, field,
                    "must be at least " + min.toPlainString() + ", was " + value.toPlainString());
        }
        return value;
    }

    public static BigDecimal multipleOf(BigDecimal value, BigDecimal step, String field) {
        if (value != null && value.remainder(step).signum() != 0) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, field,
                    "must be a multiple of " + step.toPlainString() + ", was " + value.toPlainString());
        }
        return value;
    }

    /** Checks list size and returns an unmodifiable copy (null stays null for optional lists). */
    public static <T> List<T> size(List<T> value, int min, int max, String field) {
        if (value == null) {
            return null;
        }
        if (value.size() < min || value.size() > max) {
            throw new PayloadViolation(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, field,
                    "must have between " + min + " and " + max + " items, had " + value.size());
        }
        // Not value.contains(null): immutable lists (List.of) throw NullPointerException when asked that.
        if (value.stream().anyMatch(Objects::isNull)) {
            throw new PayloadViolation(ErrorCode.TYPE_CONSTRAINT_VIOLATION, field, "must not contain null items");
        }
        return List.copyOf(value);
    }
}
