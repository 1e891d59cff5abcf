package io.gridcharge.domain.shared;

import java.util.regex.Pattern;

/** Identifiers people choose and URLs carry: 1 to 48 lower-case letters, digits and dashes, not starting with a dash. */
public final class Slug {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    private Slug() {
    }

    public static String check(String value, String field) {
        Require.present(value, field);
        if (!SLUG.matcher(value).matches()) {
            throw new InvalidInput(field, "must be 1 to 48 lower-case letters, digits and dashes");
        }
        return value;
    }
}
