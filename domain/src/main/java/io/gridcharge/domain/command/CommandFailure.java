package io.gridcharge.domain.command;

import io.gridcharge.domain.station.StationId;

/** Why a command got no usable answer. */
public sealed class CommandFailure extends RuntimeException {
    protected CommandFailure(String message) {
        super(message);
    }

    public static final class NotConnected extends CommandFailure {
        public NotConnected(StationId station) {
            super("station " + station + " is not connected");
        }
    }

    public static final class NoAnswer extends CommandFailure {
        public NoAnswer(StationId station, String action) {
            super("station " + station + " did not answer " + action + " in time");
        }
    }

    /** The station answered with a CALLERROR. */
    public static final class Refused extends CommandFailure {
        private final String errorCode;
        private final String description;

        public Refused(StationId station, String action, String errorCode, String description) {
            super("station " + station + " answered " + action + " with " + errorCode
                    + (description == null || description.isEmpty() ? "" : ": " + description));
            this.errorCode = errorCode;
            this.description = description;
        }

        public String errorCode() {
            return errorCode;
        }

        public String description() {
            return description;
        }
    }

    /** The station's protocol has no such action, or the platform cannot send it. */
    public static final class Unsupported extends CommandFailure {
        public Unsupported(String message) {
            super(message);
        }
    }
}
