package io.gridcharge.domain.localauth;

import io.gridcharge.domain.authorization.IdToken;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.Collections;

/**
 * Which of the platform's tokens an operator wants a station to keep for offline use (OCPP 1.6 §3.5.2): the
 * tokens named one by one, and every token of the named groups (parentIdTag), as the groups are at the time
 * the list is sent.
 */
public record LocalListSelection(Set<IdToken> tokens, Set<IdToken> groups) {
    private static final Comparator<IdToken> BY_VALUE = Comparator.comparing(IdToken::value);

    public LocalListSelection {
        tokens = sorted(tokens);
        groups = sorted(groups);
    }

    public static LocalListSelection none() {
        return new LocalListSelection(Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return tokens.isEmpty() && groups.isEmpty();
    }

    private static Set<IdToken> sorted(Set<IdToken> values) {
        TreeSet<IdToken> copy = new TreeSet<>(BY_VALUE);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy);
    }
}
