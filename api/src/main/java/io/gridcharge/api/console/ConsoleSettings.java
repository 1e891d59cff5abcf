package io.gridcharge.api.console;

/**
 * What the operator console needs to know of the platform's configuration: the map's tile server (an
 * {x}/{y}/{z} URL template; null = the console's own offline basemap) and the network's time zone (an IANA
 * name; null = the browser's, until sites with their own zones exist).
 */
public record ConsoleSettings(String tileUrl, String timeZone) {
    public static final ConsoleSettings DEFAULTS = new ConsoleSettings(null, null);
}
