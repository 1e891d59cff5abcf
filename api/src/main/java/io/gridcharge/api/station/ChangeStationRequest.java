package io.gridcharge.api.station;

/** Absent fields keep their value; none of them can be cleared. */
public record ChangeStationRequest(String name, String password, String registration) {
}
