package io.gridcharge.gateway;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One station's inbound work, run in order, one task at a time, on a virtual thread (DESIGN §4): frames and
 * the connection's open and close steps. No thread is held while the mailbox is empty; the next task starts
 * a new virtual thread.
 *
 * <p>Frames are counted against a capacity: {@link #offerFrame} says when the mailbox is full so the caller
 * stops reading the socket, and {@code onFrameDone} hears the count after each frame so reading can resume.
 * The mailbox itself never refuses a frame: the bound holds because the caller stops delivering at capacity.
 */
final class Mailbox {
    private static final Logger LOG = LoggerFactory.getLogger(Mailbox.class);

    private final String name;
    private final String stationId;
    private final int capacity;
    private final IntConsumer onFrameDone;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger frames = new AtomicInteger();
    private final AtomicInteger mostFrames = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    /**
     * @param stationId   names the virtual thread (thread dumps) and is put in the logging MDC as "stationId"
     *                    while tasks run, so that domain code logging on this thread is attributed too
     * @param onFrameDone called on the mailbox's thread with the number of frames still held after each one
     */
    Mailbox(String stationId, int capacity, IntConsumer onFrameDone) {
        this.name = "station-" + stationId;
        this.stationId = stationId;
        this.capacity = capacity;
        this.onFrameDone = onFrameDone;
    }

    /** Queues a frame's work; true when the mailbox is now full and no further frame should be offered. */
    boolean offerFrame(Runnable work) {
        int held = frames.incrementAndGet();
        mostFrames.accumulateAndGet(held, Math::max);
        tasks.add(() -> {
            try {
                work.run();
            } finally {
                onFrameDone.accept(frames.decrementAndGet());
            }
        });
        startDraining();
        return held >= capacity;
    }

    /** Queues work that is not a frame (open, close): it keeps its place in line but does not count. */
    void offerControl(Runnable work) {
        tasks.add(work);
        startDraining();
    }

    int capacity() {
        return capacity;
    }

    /** Frames waiting or being handled now. */
    int frames() {
        return frames.get();
    }

    /** The most frames held at once since the mailbox was made. */
    int mostFrames() {
        return mostFrames.get();
    }

    private void startDraining() {
        if (draining.compareAndSet(false, true)) {
            Thread.ofVirtual().name(name).start(this::drain);
        }
    }

    private void drain() {
        MDC.put("stationId", stationId);
        try {
            do {
                Runnable task;
                while ((task = tasks.poll()) != null) {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        LOG.error("station {}: mailbox task failed", stationId, e);
                    }
                }
                draining.set(false);
                // A task offered between the last poll and the reset found draining still set: take it on here.
            } while (!tasks.isEmpty() && draining.compareAndSet(false, true));
        } finally {
            MDC.remove("stationId");
        }
    }
}
