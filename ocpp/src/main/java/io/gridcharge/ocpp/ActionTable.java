package io.gridcharge.ocpp;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link ActionCatalog} built from a list of rows; refuses two rows with the same name or request record. */
public final class ActionTable implements ActionCatalog {
    private final OcppVersion version;
    private final Map<String, ActionDefinition> byName = new LinkedHashMap<>();
    private final Map<Class<?>, ActionDefinition> byRequestType = new LinkedHashMap<>();

    public ActionTable(OcppVersion version, List<ActionDefinition> rows) {
        this.version = version;
        for (ActionDefinition row : rows) {
            if (byName.putIfAbsent(row.name(), row) != null) {
                throw new IllegalArgumentException("Action " + row.name() + " is listed twice");
            }
            if (byRequestType.putIfAbsent(row.requestType(), row) != null) {
                throw new IllegalArgumentException(row.requestType().getName() + " is the request of two actions");
            }
        }
    }

    @Override
    public OcppVersion version() {
        return version;
    }

    @Override
    public Optional<ActionDefinition> find(String action) {
        return Optional.ofNullable(byName.get(action));
    }

    @Override
    public Optional<ActionDefinition> findByRequestType(Class<?> requestType) {
        return Optional.ofNullable(byRequestType.get(requestType));
    }

    @Override
    public Collection<ActionDefinition> actions() {
        return List.copyOf(byName.values());
    }
}
