package io.gridcharge.sim.ev;

import java.time.Instant;

/**
 * One car's stay at a site: when it plugs in and wants to leave, how much energy it asks for, what it arrives
 * with, and the id token it identifies with (an RFID card, or the contract id of plug-and-charge).
 */
public record EvVisit(String id, EvModel vehicle, Instant arrival, Instant departure, long requestedWh,
                      double arrivalSoc, String idTag) {
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
    }

    /** The energy the car can take: what it asks for, but no more than fits into its battery. */
    public long wantedWh() {
        long room = Math.round(vehicle.capacityWh() * (1 - arrivalSoc));
        return Math.min(requestedWh, room);
    }
}
