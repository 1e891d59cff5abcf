package io.gridcharge.sim.grid;

import java.util.List;

/** A medium- or low-voltage feeder (scene C): the sites on it and the loading it may carry, in W. */
public record Feeder(String id, double limitW, List<Site> sites) {
    public Feeder {
        if (id == null || id.isBlank() || !(limitW > 0)) {
            throw new IllegalArgumentException("A feeder needs an id and a positive limit");
        }
        sites = List.copyOf(sites);
    }
}
