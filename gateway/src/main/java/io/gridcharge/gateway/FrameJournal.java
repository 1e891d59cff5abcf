package io.gridcharge.gateway;

import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import io.gridcharge.ocpp.rpc.FrameException;
import io.gridcharge.ocpp.rpc.FrameListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands every frame of a session to {@link StationLink#recordFrame} with its action: a CALL's own, and for a
 * CALLRESULT or CALLERROR the action of the CALL it answers, remembered by message id until answered.
 * Calls never answered (timeouts) are forgotten oldest first, so the memory is bounded.
 */
final class FrameJournal implements FrameListener {
    /** OCPP allows one outstanding call per direction; a few more cover late answers after timeouts. */
    private static final int REMEMBERED_CALLS = 16;

    private final StationLink link;
    private final FrameCodec codec;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> callsIn = bounded();
    private final Map<String, String> callsOut = bounded();

    FrameJournal(StationLink link, OcppVersion version) {
        this.link = link;
        this.codec = new FrameCodec(version);
    }

    /** The session hands over the frame it read or wrote, so the journal never parses a frame again. */
    @Override
    public void onFrame(Direction direction, String text, Frame frame, FrameException broken) {
        String messageId;
        String action;
        String journaled = text;
        if (frame == null) {
            messageId = broken.messageId();
            action = null;
        } else {
            messageId = frame.messageId();
            action = frame instanceof Frame.Call call ? remember(direction, call) : answered(direction, messageId);
            if (frame instanceof Frame.Call call) {
                journaled = JournalRedaction.of(call, text, codec);
            }
        }
        link.recordFrame(direction == Direction.IN ? JournalEntry.Direction.IN : JournalEntry.Direction.OUT,
                action, messageId, journaled);
    }

    private String remember(Direction direction, Frame.Call call) {
        lock.lock();
        try {
            (direction == Direction.IN ? callsIn : callsOut).put(call.messageId(), call.action());
        } finally {
            lock.unlock();
        }
        return call.action();
    }

    /** An answer travels the other way from the call it answers. */
    private String answered(Direction direction, String messageId) {
        lock.lock();
        try {
            return (direction == Direction.IN ? callsOut : callsIn).remove(messageId);
        } finally {
            lock.unlock();
        }
    }

    private static Map<String, String> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > REMEMBERED_CALLS;
            }
        };
    }
}
