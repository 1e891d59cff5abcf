package io.gridcharge.ocpp.rpc;

/** An outbound call that got no CALLRESULT: what its future fails with (besides a {@code PayloadViolation}). */
public abstract sealed class RpcException extends RuntimeException
        permits CallErrorException, CallTimeoutException, CallQueueFullException, SessionClosedException {

    protected RpcException(String message) {
        super(message);
    }
}
