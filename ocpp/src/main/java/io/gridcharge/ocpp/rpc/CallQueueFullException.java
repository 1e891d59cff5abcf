package io.gridcharge.ocpp.rpc;

/** Too many outbound calls wait behind the outstanding one; the call was not queued, nothing was sent. */
public final class CallQueueFullException extends RpcException {
    public CallQueueFullException(String action, int limit) {
        super(action + " refused: " + limit + " calls are already waiting to be sent");
    }
}
