package io.gridcharge.api.live;

/**
 * One server-sent event as it goes on the wire: its event name ({@code station}, {@code connector},
 * {@code meter}, {@code transaction}, {@code notice}) and its JSON data, written once for all listeners.
 */
public record LiveMessage(String type, String json) {
}
