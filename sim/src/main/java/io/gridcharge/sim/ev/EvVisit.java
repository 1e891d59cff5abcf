package io.gridcharge.sim.ev;

import java.time.Duration;
import java.time.Instant;

/**
 * One car's stay at a site: when it plugs in and wants to leave, how much energy it asks for, what it arrives
 * with, its VIN (null when unknown) and how it identifies: by the driver's RFID card, or by plug-and-charge,
 * where the car itself names an id token derived from its VIN (OCPP 1.6 has no ISO 15118 messages; chargers
 * pass such a token as the idTag, as "Autocharge" does).
 */
public record EvVisit(String id, EvModel vehicle, Instant arrival, Instant departure, long requestedWh,
                      double arrivalSoc, String idTag, String vin, Identification identification) {
    public enum Identification { RFID_CARD, PLUG_AND_CHARGE }

    /** A car whose driver holds an RFID card, VIN unknown. */
    public EvVisit(String id, EvModel vehicle, Instant arrival, Instant departure, long requestedWh,
                   double arrivalSoc, String idTag) {
        this(id, vehicle, arrival, departure, requestedWh, arrivalSoc, idTag, null, Identification.RFID_CARD);
    }

    public EvVisit {
        if (!departure.isAfter(arrival)) {
            throw new IllegalArgumentException("Visit " + id + " leaves at " + departure + ", not after it arrives at "
                    + arrival);
        }
        if (requestedWh < 0 || arrivalSoc < 0 || arrivalSoc > 1) {
            throw new IllegalArgumentException("Visit " + id + ": requested energy >= 0 and arrival SoC in 0..1");
        }
        if (idTag == null || idTag.isEmpty() || idTag.length() > 20) {
            throw new IllegalArgumentException("Visit " + id + ": an id tag of 1 to 20 characters (OCPP 1.6 IdToken)");
        }
        if (vin != null && !Vin.isValid(vin)) {
            throw new IllegalArgumentException("Visit " + id + ": " + vin + " is not a VIN (ISO 3779: 17 characters, "
                    + "no I, O or Q)");
        }
    }

    /**
     * This visit as a run that starts at {@code start} finds it: a car that came earlier has been charging since,
     * at its AC maximum, so it asks for that much less and its battery holds that much more. Without this, every
     * car that came home the evening before would start charging at once when the run begins.
     */
    public EvVisit asFoundAt(Instant start) {
        if (!arrival.isBefore(start)) {
            return this;
        }
        double hours = Duration.between(arrival, start).toSeconds() / 3600.0;
        long charged = Math.min(wantedWh(), Math.round(vehicle.maxAcPowerW() * hours));
        double soc = Math.min(1, arrivalSoc + (double) charged / vehicle.capacityWh());
        return new EvVisit(id, vehicle, arrival, departure, requestedWh - charged, soc, idTag, vin, identification);
    }

    /** The energy the car can take: what it asks for, but no more than fits into its battery. */
    public long wantedWh() {
        long room = Math.round(vehicle.capacityWh() * (1 - arrivalSoc));
        return Math.min(requestedWh, room);
    }
}
