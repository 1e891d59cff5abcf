package io.gridcharge.api.http;

import io.gridcharge.domain.shared.InvalidInput;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the values of a domain enum are spelled in the API. The spelling is part of the contract (OCPP's own
 * style: {@code Accepted}, {@code SuspendedEV}), so it is written out, not derived from the constant names;
 * a constant without a spelling fails at start-up, not at the first request that meets it.
 */
public final class WireNames<E extends Enum<E>> {
    private final Map<E, String> names;
    private final Map<String, E> values = new LinkedHashMap<>();

    private WireNames(Class<E> type, Map<E, String> names) {
        this.names = new EnumMap<>(names);
        for (E constant : type.getEnumConstants()) {
            String name = names.get(constant);
            if (name == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + constant + " has no API name");
            }
            values.put(name, constant);
        }
    }

    public static <E extends Enum<E>> WireNames<E> of(Class<E> type, Map<E, String> names) {
        return new WireNames<>(type, names);
    }

    public String name(E value) {
        return value == null ? null : names.get(value);
    }

    /** The constant spelled {@code name}; an unknown spelling is an {@link InvalidInput} listing the known ones. */
    public E parse(String name) {
        E value = values.get(name);
        if (value == null) {
            throw new InvalidInput("value", rule());
        }
        return value;
    }

    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    private String rule() {
        return "must be one of " + String.join(", ", values.keySet());
    }
}
