package io.gridcharge.sim.run;

import io.gridcharge.ocpp.OcppVersion;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which OCPP version a run's simulated stations speak: all 1.6J (the default), all 2.0.1, or a mixed fleet in
 * which every other station, in the scenario's order, speaks 2.0.1.
 */
public enum FleetProtocol {
    OCPP16("1.6"),
    OCPP201("2.0.1"),
    MIXED("mixed");

    private final String label;

    FleetProtocol(String label) {
        this.label = label;
    }

    /** The version of the station at {@code index} (0-based) in the network's order. */
    public OcppVersion versionOf(int index) {
        return switch (this) {
            case OCPP16 -> OcppVersion.V16;
            case OCPP201 -> OcppVersion.V201;
            case MIXED -> index % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201;
        };
    }

    public String label() {
        return label;
    }

    /** "1.6", "2.0.1" or "mixed", as the command line says it. */
    public static FleetProtocol of(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("OCPP " + label + " is not one the "
                        + "simulator speaks; choose " + Arrays.stream(values()).map(FleetProtocol::label)
                        .collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label;
    }
}
