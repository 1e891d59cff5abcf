package io.gridcharge.ocpp.rpc;

/**
 * Sees every text frame of a session, in and out, as it goes over the wire: the hook for the per-station
 * message journal. Called on the thread that receives or sends the frame; keep it quick, and it must not
 * throw (a throw is logged and ignored).
 */
@FunctionalInterface
public interface FrameListener {

    enum Direction {
        IN, OUT
    }

    /**
     * One frame as it crossed the wire. Exactly one of {@code frame} and {@code broken} is set: the frame the session
     * read or wrote, or, for an inbound text that is not a valid frame, why (with the message id when readable), so a
     * listener never parses the text a second time.
     */
    void onFrame(Direction direction, String text, Frame frame, FrameException broken);
}
