package io.gridcharge.api.http;

import io.gridcharge.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects what is wrong with a request, so the answer names every broken rule at once and nothing reaches
 * the domain until all of it is valid (DESIGN §6: bad input never half-writes). Value objects check their own
 * invariants; this runs their constructors and files the failures under the field name the client used.
 */
public final class InputErrors {
    private final List<FieldError> errors = new ArrayList<>();

    /** Makes a value; a rule it breaks is filed under {@code field}, and null is returned in its place. */
    public <T> T value(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInput e) {
            reject(field, e.rule());
            return null;
        }
    }

    /** Makes a value from an optional input: absent stays absent, present is converted and checked. */
    public <I, T> T optional(String field, I input, Function<I, T> make) {
        return input == null ? null : value(field, () -> make.apply(input));
    }

    /** Makes a value whose own exception names the field already (the API and the domain call it alike). */
    public <T> T value(Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInput e) {
            reject(e.field(), e.rule());
            return null;
        }
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            reject(field, "is required");
        }
        return value;
    }

    public String maxLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    public void reject(String field, String rule) {
        errors.add(new FieldError(field, rule));
    }

    /** Ends validation: throws {@link BadRequest} naming every broken rule, or returns when there is none. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new BadRequest(errors);
        }
    }
}
