package io.gridcharge.sim.ev;

/**
 * A kind of electric vehicle: battery, the most it takes on AC (over how many phases) and on DC, and whether
 * it can feed back (V2G). Power in W, energy in Wh.
 */
public record EvModel(String name, long capacityWh, int maxAcPowerW, int acPhases, int maxDcPowerW, boolean v2g) {
    public EvModel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An EV model needs a name");
        }
        if (capacityWh <= 0 || maxAcPowerW <= 0 || maxDcPowerW < 0) {
            throw new IllegalArgumentException("EV model " + name + ": capacity and AC power must be positive");
        }
        if (acPhases != 1 && acPhases != 3) {
            throw new IllegalArgumentException("EV model " + name + ": AC phases are 1 or 3, not " + acPhases);
        }
    }
}
