package io.gridcharge.domain.devicemodel;

/**
 * Filters for browsing a station's device model; null means "any". Names match without regard to case, as the
 * spec compares them.
 */
public record DeviceModelQuery(String componentName, String variableName, Integer evseId) {
    public static DeviceModelQuery all() {
        return new DeviceModelQuery(null, null, null);
    }
}
