package io.gridcharge.api.console;

/**
 * What the operator console needs to know of the platform's configuration: the map's tile server (an
 * {x}/{y}/{z} URL template; null = the console's own offline basemap) and the network's time zone (an IANA
 * name; null = the browser's, until sites with their own zones exist), and where stations connect, to tell a
 * newcomer registering one.
 */
public record ConsoleSettings(String tileUrl, String timeZone, String ocppUrl) {
}
