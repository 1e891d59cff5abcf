package io.gridcharge.api.station;

public record RegisterStationRequest(String id, String name, String password, String registration) {
}
