package io.gridcharge.ocpp.rpc;

import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;

/**
 * Answers the inbound CALLs of one connection, one at a time, on the transport's thread for that
 * connection. The request is decoded and valid; the response must be the record the action's catalog row
 * names.
 *
 * <p>Do not wait here for an outbound call of the same session: its answer arrives through the same,
 * now blocked, inbound path.
 */
@FunctionalInterface
public interface CallHandler {

    /**
     * @throws OcppCallException to answer with a CALLERROR of that code; any other exception is answered
     *     with InternalError and logged
     */
    OcppResponse handle(String action, OcppRequest<?> request);
}
