package io.gridcharge.api.http;

import java.util.List;

/** The request breaks one or more rules; answered 400 with every broken rule, before anything is written. */
public final class BadRequest extends RuntimeException {
    private final List<FieldError> errors;

    public BadRequest(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public static BadRequest of(String field, String rule) {
        return new BadRequest(List.of(new FieldError(field, rule)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + " " + e.rule()).toList());
    }
}
