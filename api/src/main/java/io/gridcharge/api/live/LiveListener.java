package io.gridcharge.api.live;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open event stream's mailbox. The feed only offers to it, never waits: events are published on the
 * stations' inbound threads (DESIGN §4), which a slow browser must not hold up. A listener that falls
 * {@link #CAPACITY} messages behind is dropped; its EventSource reconnects and the page reloads its state.
 */
public final class LiveListener {
    static final int CAPACITY = 2_048;
    private static final LiveMessage CLOSED = new LiveMessage("", "");

    private final BlockingQueue<LiveMessage> mailbox = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean closed;

    void offer(LiveMessage message) {
        if (!closed && !mailbox.offer(message)) {
            close();
        }
    }

    /** The next message, or null after {@code wait} without one; {@link #isClosed()} tells whether to go on. */
    public LiveMessage next(Duration wait) throws InterruptedException {
        LiveMessage message = mailbox.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        return message == CLOSED ? null : message;
    }

    public void close() {
        if (!closed) {
            closed = true;
            mailbox.clear();
            mailbox.offer(CLOSED);
        }
    }

    public boolean isClosed() {
        return closed;
    }
}
