package io.gridcharge.domain.firmware;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.util.regex.Pattern;

/**
 * A file name the platform serves or keeps: one path segment of letters, digits, dot, dash and underscore, so
 * it can stand in a URL as it is and never climbs out of a directory.
 */
final class FileName {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

    private FileName() {
    }

    static String check(String value, String field) {
        Require.text(value, 100, field);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidInput(field, "may contain only letters, digits and . _ - and must not start with a dot");
        }
        return value;
    }

    /** A name a station gave, made safe to keep: anything else becomes an underscore. */
    static String sanitize(String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "_");
        safe = safe.startsWith(".") ? "_" + safe.substring(1) : safe;
        return safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
    }
}
