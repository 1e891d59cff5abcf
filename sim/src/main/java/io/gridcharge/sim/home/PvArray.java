package io.gridcharge.sim.home;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A rooftop PV system: peak power (kWp) at a latitude and longitude. Its output is the clear-sky curve, from the
 * sun's elevation (declination by day of year, hour angle from local solar time), times the weather factor.
 * A south-facing roof delivers about 80 % of its peak at a high summer noon, which the 0.9 × sin^1.2 shape gives.
 */
public record PvArray(double peakW, double latitude, double longitude, Weather weather) {
    public PvArray {
        if (!(peakW >= 0) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new IllegalArgumentException("PV: peak >= 0 W, latitude within ±90°, longitude within ±180°");
        }
    }

    public double powerW(Instant at) {
        return clearSkyW(at) * weather.factorAt(at);
    }

    public double clearSkyW(Instant at) {
        double sine = sunElevationSine(at);
        return sine <= 0 ? 0 : peakW * 0.9 * Math.pow(sine, 1.2);
    }

    /** Sine of the sun's elevation above the horizon (Cooper's declination; the equation of time is left out). */
    double sunElevationSine(Instant at) {
        var utc = at.atOffset(ZoneOffset.UTC);
        int day = utc.getDayOfYear();
        double declination = Math.toRadians(23.44) * Math.sin(2 * Math.PI * (284 + day) / 365.0);
        double solarHours = utc.getHour() + utc.getMinute() / 60.0 + utc.getSecond() / 3600.0 + longitude / 15.0;
        double hourAngle = Math.toRadians(15 * (solarHours - 12));
        double phi = Math.toRadians(latitude);
        return Math.sin(phi) * Math.sin(declination) + Math.cos(phi) * Math.cos(declination) * Math.cos(hourAngle);
    }
}
