package io.gridcharge.ocpp.rpc;

import java.time.Duration;

/** The peer did not answer an outbound call within the session's call timeout. */
public final class CallTimeoutException extends RpcException {
    public CallTimeoutException(String action, String messageId, Duration timeout) {
        super(action + " (message " + messageId + ") got no answer within " + timeout);
    }
}
