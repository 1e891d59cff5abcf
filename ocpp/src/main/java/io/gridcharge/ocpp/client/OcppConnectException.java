package io.gridcharge.ocpp.client;

import java.util.OptionalInt;

/**
 * A station could not open its OCPP-J connection: the central system refused the WebSocket handshake (with
 * an HTTP status), agreed on no subprotocol, or could not be reached at all.
 */
public final class OcppConnectException extends RuntimeException {
    private final Integer httpStatus;

    OcppConnectException(String message, Integer httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status of a refused handshake (401 for wrong credentials); empty when there was no answer. */
    public OptionalInt httpStatus() {
        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
