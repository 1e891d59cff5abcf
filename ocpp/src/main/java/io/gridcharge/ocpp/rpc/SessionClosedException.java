package io.gridcharge.ocpp.rpc;

/** The session closed (connection gone) before the call was answered, or was already closed when it was made. */
public final class SessionClosedException extends RpcException {
    public SessionClosedException(String action) {
        super(action + " not answered: the session is closed");
    }
}
