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

    void onFrame(Direction direction, String text);
}
