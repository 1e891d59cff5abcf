package io.gridcharge.ocpp.client;

/**
 * How a connection ended: the status code and reason of the central system's Close frame (RFC 6455 §7.1.5,
 * §7.1.6), or {@link #ABNORMAL_CLOSURE} when it ended without one (a dropped connection, a failed send).
 */
public record CloseStatus(int code, String reason) {
    public static final int NORMAL_CLOSURE = 1000;
    /** RFC 6455 §7.4.1: never sent in a Close frame; it names a connection that closed without one. */
    public static final int ABNORMAL_CLOSURE = 1006;

    public CloseStatus {
        reason = reason == null ? "" : reason;
    }

    static CloseStatus abnormal(String why) {
        return new CloseStatus(ABNORMAL_CLOSURE, why);
    }
}
