package io.gridcharge.sim.station;

/** Where a station says what happened to it, for a person watching (the demo's console). */
@FunctionalInterface
public interface StationLog {
    StationLog SILENT = line -> {
    };

    void line(String text);
}
