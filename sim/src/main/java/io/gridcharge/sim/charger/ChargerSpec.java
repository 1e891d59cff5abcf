package io.gridcharge.sim.charger;

/**
 * A charging station as built: its id on the central system, AC or DC, how many connectors (each with its own
 * meter, one EVSE each as OCPP 1.6 counts them), and the most one connector delivers, over how many phases.
 */
public record ChargerSpec(String stationId, CurrentType type, int connectors, int maxPowerW, int phases) {
    /** Volts phase to neutral on a European or US low-voltage network, close enough for both (IEC 60038). */
    public static final double PHASE_VOLTAGE = 230;
    /** IEC 61851-1 §A.2.3: an AC car cannot charge on a pilot signal under 6 A. */
    public static final double MIN_AC_CURRENT = 6;

    public ChargerSpec {
        if (stationId == null || stationId.isBlank() || stationId.length() > 48) {
            throw new IllegalArgumentException("A station id of 1 to 48 characters is required");
        }
        if (connectors < 1 || maxPowerW <= 0) {
            throw new IllegalArgumentException("Station " + stationId + ": at least one connector and a positive power");
        }
        if (phases != 1 && phases != 3) {
            throw new IllegalArgumentException("Station " + stationId + ": phases are 1 or 3, not " + phases);
        }
    }
}
