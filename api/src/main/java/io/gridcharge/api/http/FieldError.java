package io.gridcharge.api.http;

/** One broken rule of a request: the field as the client named it ({@code keys[1]}, {@code body}) and the rule. */
public record FieldError(String field, String rule) {
}
