package io.gridcharge.domain.shared;

/** Invariant checks for value objects and commands; each failure names the field and the rule. */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
        return value;
    }

    public static String text(String value, int maxLength, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new InvalidInput(field, "must not be blank");
        }
        return maxLength(value, maxLength, field);
    }

    public static String maxLength(String value, int maxLength, String field) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidInput(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidInput(field, "must not be negative");
        }
        return value;
    }
}
