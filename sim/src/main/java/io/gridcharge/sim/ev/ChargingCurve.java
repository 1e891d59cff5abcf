package io.gridcharge.sim.ev;

/**
 * How much power a battery accepts at a state of charge: constant current up to the taper point, then, in the
 * constant-voltage phase, a power that falls linearly towards a trickle at full. Lithium-ion packs of cars
 * taper at 80 % on DC and later on AC; one taper point per curve keeps the model small.
 */
public record ChargingCurve(double taperStartSoc, double trickleFraction) {
    public static final ChargingCurve TYPICAL = new ChargingCurve(0.8, 0.05);

    public ChargingCurve {
        if (!(taperStartSoc > 0 && taperStartSoc < 1) || !(trickleFraction > 0 && trickleFraction < 1)) {
            throw new IllegalArgumentException("taper start and trickle are fractions between 0 and 1");
        }
    }

    /** The power the battery takes at {@code soc} (0..1) from a supply of at most {@code maxPowerW}. */
    public double acceptedPowerW(double maxPowerW, double soc) {
        if (soc >= 1) {
            return 0;
        }
        if (soc < taperStartSoc) {
            return maxPowerW;
        }
        double fallen = (1 - soc) / (1 - taperStartSoc);
        return maxPowerW * Math.max(trickleFraction, fallen);
    }
}
