package io.gridcharge.api.http;

import io.gridcharge.domain.shared.PageRequest;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Typed query parameters; a malformed one is filed with the request's other errors. Empty means absent. */
public final class QueryParameters {
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final Context ctx;
    private final InputErrors errors;

    public QueryParameters(Context ctx, InputErrors errors) {
        this.ctx = ctx;
        this.errors = errors;
    }

    public String text(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.reject(name, "must be an integer");
            return null;
        }
    }

    public Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.reject(name, "must be true or false");
                yield null;
            }
        };
    }

    public Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.reject(name, "must be an ISO-8601 UTC time such as 2025-01-31T12:00:00Z");
            return null;
        }
    }

    public <E extends Enum<E>> E oneOf(String name, WireNames<E> names) {
        return errors.optional(name, text(name), names::parse);
    }

    /** {@code page} (from 0, default 0) and {@code size} (default {@value #DEFAULT_PAGE_SIZE}). */
    public PageRequest page() {
        Integer page = integer("page");
        Integer size = integer("size");
        return errors.value(() -> new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_PAGE_SIZE : size));
    }

    /** A time range's two ends; {@code to} before {@code from} is an error. */
    public void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.reject("to", "must not be before from");
        }
    }
}
