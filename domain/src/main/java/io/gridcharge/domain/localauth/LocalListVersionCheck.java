package io.gridcharge.domain.localauth;

/**
 * The version a station reports for its local list next to the one the platform believes it holds (0 when
 * the station never accepted a list from the platform). A station answering -1 has no local list support.
 */
public record LocalListVersionCheck(int stationVersion, int platformVersion) {
    public boolean supported() {
        return stationVersion >= 0;
    }

    public boolean inSync() {
        return stationVersion == platformVersion;
    }
}
