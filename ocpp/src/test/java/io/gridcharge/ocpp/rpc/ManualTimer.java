package io.gridcharge.ocpp.rpc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A timer that runs scheduled tasks only when the test moves its clock: timeouts without waiting. */
final class ManualTimer extends AbstractExecutorService implements ScheduledExecutorService {
    private final List<Task> tasks = new ArrayList<>();
    private long nowNanos;

    /** Moves the clock and runs, in order, what fell due. */
    synchronized void advance(Duration duration) {
        nowNanos += duration.toNanos();
        List<Task> due = tasks.stream().filter(task -> task.dueNanos <= nowNanos && !task.cancelled)
                .sorted(Comparator.comparingLong(task -> task.dueNanos)).toList();
        tasks.removeAll(due);
        due.forEach(task -> task.command.run());
    }

    synchronized int scheduledTasks() {
        return (int) tasks.stream().filter(task -> !task.cancelled).count();
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Task task = new Task(command, nowNanos + unit.toNanos(delay));
        tasks.add(task);
        return task;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private static final class Task implements ScheduledFuture<Object> {
        final Runnable command;
        final long dueNanos;
        volatile boolean cancelled;

        Task(Runnable command, long dueNanos) {
            this.command = command;
            this.dueNanos = dueNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueNanos, ((Task) other).dueNanos);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }
}
