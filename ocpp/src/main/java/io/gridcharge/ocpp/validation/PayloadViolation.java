package io.gridcharge.ocpp.validation;

import io.gridcharge.ocpp.ErrorCode;

/**
 * A payload broke a rule of its message's schema. Carries the CALLERROR code the rule maps to and the
 * JSON path of the offending field, so the answer names both.
 */
public final class PayloadViolation extends RuntimeException {
    private final ErrorCode code;
    private final String field;

    public PayloadViolation(ErrorCode code, String field, String rule) {
        super(field + ": " + rule);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String rule() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }
}
