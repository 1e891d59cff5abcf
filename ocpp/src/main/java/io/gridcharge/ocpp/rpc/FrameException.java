package io.gridcharge.ocpp.rpc;

import io.gridcharge.ocpp.ErrorCode;

/**
 * A text frame that is not a well-formed OCPP-J message. Carries the CALLERROR code that answers it and,
 * when they could be read, its message id and message type id, so the receiver can answer a broken CALL
 * under its own id and knows not to answer a broken CALLRESULT or CALLERROR at all.
 */
public final class FrameException extends RuntimeException {
    private final ErrorCode code;
    private final String messageId;
    private final Integer messageTypeId;

    public FrameException(ErrorCode code, String messageId, Integer messageTypeId, String message) {
        super(message);
        this.code = code;
        this.messageId = messageId;
        this.messageTypeId = messageTypeId;
    }

    public ErrorCode code() {
        return code;
    }

    /** Null when the frame had no readable message id. */
    public String messageId() {
        return messageId;
    }

    /** Null when the frame had no readable message type id. */
    public Integer messageTypeId() {
        return messageTypeId;
    }

    /** Whether the broken frame was (or may have been) a CALL: only a CALL is answered, with a CALLERROR. */
    public boolean wasCall() {
        return messageTypeId == null || (messageTypeId != Frame.CallResult.TYPE_ID && messageTypeId != Frame.CallError.TYPE_ID);
    }
}
