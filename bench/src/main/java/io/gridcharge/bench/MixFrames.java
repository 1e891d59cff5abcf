package io.gridcharge.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The frames of the Heartbeat / StatusNotification / MeterValues mix written straight as text. The load
 * generator sends tens of thousands a second from the machine it measures, so it must cost less per message
 * than the central system under test (issue 5); building a record, a JSON tree and then the text for each
 * message made the generator the bottleneck of the ceiling. A test checks that each template decodes to the
 * record the generator used to send.
 */
final class MixFrames {
    private MixFrames() {
    }

    static String heartbeat(String messageId) {
        return call(messageId, "Heartbeat", "{}");
    }

    /** A CALL frame around a payload already written as JSON text. */
    static String call(String messageId, String action, String payload) {
        return "[2,\"" + messageId + "\",\"" + action + "\"," + payload + "]";
    }

    /** Connector 1 Available, no error (OCPP 1.6 §6.48). */
    static String available(String messageId, Instant at) {
        return "[2,\"" + messageId + "\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\","
                + "\"status\":\"Available\",\"timestamp\":\"" + timestamp(at) + "\"}]";
    }

    /** One Energy.Active.Import.Register reading in Wh on connector 1, with the transaction when there is one. */
    static String energyReading(String messageId, Integer transactionId, long wh, Instant at) {
        return "[2,\"" + messageId + "\",\"MeterValues\",{\"connectorId\":1,"
                + (transactionId == null ? "" : "\"transactionId\":" + transactionId + ",")
                + "\"meterValue\":[{\"timestamp\":\"" + timestamp(at) + "\",\"sampledValue\":[{\"value\":\"" + wh
                + "\",\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"}]}]}]";
    }

    /**
     * The message id of a CALLRESULT written as {@code [3,"id",...]}, read without parsing the rest; null for any
     * other frame, which then goes through the full parser.
     */
    static String callResultId(String text) {
        if (!text.startsWith("[3,\"")) {
            return null;
        }
        int end = text.indexOf('"', 4);
        return end < 0 ? null : text.substring(4, end);
    }

    static String timestamp(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
