package io.gridcharge.ocpp;

/**
 * Who may send an action's CALL (OCPP 1.6 §4 lists those the station starts, §5 those the central system starts;
 * OCPP 2.0.1 Part 2 says it per use case).
 */
public enum ActionDirection {
    STATION_TO_CSMS,
    CSMS_TO_STATION,
    /** DataTransfer: either side may start it (OCPP 1.6 §4.3 and §5.6; OCPP 2.0.1 P01 and P02). */
    BOTH;

    public boolean isSentBy(Role sender) {
        return switch (this) {
            case STATION_TO_CSMS -> sender == Role.STATION;
            case CSMS_TO_STATION -> sender == Role.CSMS;
            case BOTH -> true;
        };
    }

    public boolean isReceivedBy(Role receiver) {
        return isSentBy(receiver == Role.CSMS ? Role.STATION : Role.CSMS);
    }
}
