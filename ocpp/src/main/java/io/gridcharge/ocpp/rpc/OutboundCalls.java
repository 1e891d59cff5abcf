package io.gridcharge.ocpp.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's outbound calls: at most one outstanding (OCPP-J 1.6 §4.1.1), the others waiting in a bounded
 * FIFO queue; each sent call has its timeout. State changes happen under one lock; frames are sent and
 * futures completed outside it, so a sink or a future's follow-up may call back into the session.
 */
final class OutboundCalls {
    private static final Logger log = LoggerFactory.getLogger(OutboundCalls.class);

    private final Consumer<Frame.Call> send;
    private final ScheduledExecutorService timer;
    private final Duration timeout;
    private final int maxQueued;
    private final String stationId;

    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<Call<?>> queue = new ArrayDeque<>(); // guarded by lock
    private Call<?> outstanding; // guarded by lock
    private boolean closed; // guarded by lock

    OutboundCalls(Consumer<Frame.Call> send, ScheduledExecutorService timer, Duration timeout, int maxQueued, String stationId) {
        this.send = send;
        this.timer = timer;
        this.timeout = timeout;
        this.maxQueued = maxQueued;
        this.stationId = stationId;
    }

    /** Queues a CALL frame; sends it at once when nothing is outstanding. */
    <T> CompletableFuture<T> add(Frame.Call frame, Function<JsonNode, T> readAnswer) {
        Call<T> call = new Call<>(frame, readAnswer);
        String action = frame.action();
        lock.lock();
        try {
            if (closed) {
                call.future.completeExceptionally(new SessionClosedException(action));
                return call.future;
            }
            if (queue.size() >= maxQueued) {
                call.future.completeExceptionally(new CallQueueFullException(action, maxQueued));
                return call.future;
            }
            queue.add(call);
        } finally {
            lock.unlock();
        }
        sendNext();
        return call.future;
    }

    /** Completes the outstanding call with this id from its CALLRESULT payload; false when none matches. */
    boolean complete(String messageId, JsonNode payload) {
        Call<?> call = takeOutstanding(messageId);
        if (call == null) {
            return false;
        }
        call.completeWith(payload, stationId);
        sendNext();
        return true;
    }

    /** Fails the outstanding call with this id, given its action name; false when none matches. */
    boolean fail(String messageId, Function<String, ? extends RuntimeException> failureOfAction) {
        Call<?> call = takeOutstanding(messageId);
        if (call == null) {
            return false;
        }
        call.future.completeExceptionally(failureOfAction.apply(call.action));
        sendNext();
        return true;
    }

    int pending() {
        lock.lock();
        try {
            return queue.size() + (outstanding == null ? 0 : 1);
        } finally {
            lock.unlock();
        }
    }

    /** Fails the outstanding and all queued calls with {@link SessionClosedException}; later calls fail at once. */
    void close() {
        List<Call<?>> unanswered = new ArrayList<>();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (outstanding != null) {
                outstanding.timeoutTask.cancel(false);
                unanswered.add(outstanding);
                outstanding = null;
            }
            unanswered.addAll(queue);
            queue.clear();
        } finally {
            lock.unlock();
        }
        unanswered.forEach(call -> call.future.completeExceptionally(new SessionClosedException(call.action)));
    }

    /** Sends the first queued call unless one is outstanding; a call the sink refuses fails, and the next goes. */
    private void sendNext() {
        Call<?> next;
        while ((next = takeNextToSend()) != null) {
            try {
                send.accept(next.frame);
                return;
            } catch (RuntimeException sinkFailure) {
                log.warn("[{}] could not send {} {}", stationId, next.action, next.messageId, sinkFailure);
                if (takeOutstanding(next.messageId) == next) {
                    next.future.completeExceptionally(sinkFailure);
                }
            }
        }
    }

    private Call<?> takeNextToSend() {
        lock.lock();
        try {
            if (closed || outstanding != null || queue.isEmpty()) {
                return null;
            }
            Call<?> next = queue.poll();
            next.timeoutTask = timer.schedule(() -> onTimeout(next), timeout.toNanos(), TimeUnit.NANOSECONDS);
            outstanding = next;
            return next;
        } finally {
            lock.unlock();
        }
    }

    private Call<?> takeOutstanding(String messageId) {
        lock.lock();
        try {
            if (outstanding == null || !outstanding.messageId.equals(messageId)) {
                return null;
            }
            Call<?> call = outstanding;
            outstanding = null;
            call.timeoutTask.cancel(false);
            return call;
        } finally {
            lock.unlock();
        }
    }

    private void onTimeout(Call<?> call) {
        lock.lock();
        try {
            if (outstanding != call) {
                return;
            }
            outstanding = null;
        } finally {
            lock.unlock();
        }
        log.warn("[{}] {} {} got no answer within {}", stationId, call.action, call.messageId, timeout);
        call.future.completeExceptionally(new CallTimeoutException(call.action, call.messageId, timeout));
        sendNext();
    }

    /** One call: waiting in the queue, then outstanding until answered, timed out or closed. */
    private static final class Call<T> {
        final String action;
        final String messageId;
        final Frame.Call frame;
        final Function<JsonNode, T> readAnswer;
        final CompletableFuture<T> future = new CompletableFuture<>();
        ScheduledFuture<?> timeoutTask; // set under the lock when sent

        Call(Frame.Call frame, Function<JsonNode, T> readAnswer) {
            this.action = frame.action();
            this.messageId = frame.messageId();
            this.frame = frame;
            this.readAnswer = readAnswer;
        }

        void completeWith(JsonNode payload, String stationId) {
            T answer;
            try {
                answer = readAnswer.apply(payload);
            } catch (RuntimeException invalid) { // a PayloadViolation, unless the record itself is broken
                log.warn("[{}] {} {} got an answer that could not be read: {}", stationId, action, messageId,
                        invalid.getMessage());
                future.completeExceptionally(invalid);
                return;
            }
            future.complete(answer);
        }
    }
}
