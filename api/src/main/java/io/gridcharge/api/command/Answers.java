package io.gridcharge.api.command;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.station.StationId;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a station's answer. Handlers run on virtual threads, so blocking here costs no platform thread.
 * The gateway times calls out itself (OCPP's one outstanding call per direction); the deadline here only
 * keeps a request from hanging if the port never completes.
 */
public final class Answers {
    static final Duration DEADLINE = Duration.ofSeconds(90);

    private Answers() {
    }

    public static <T> T await(CompletableFuture<T> answer, StationId station, String action) {
        try {
            return answer.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (TimeoutException e) {
            answer.cancel(false);
            throw new CommandFailure.NoAnswer(station, action);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure.NoAnswer(station, action);
        }
    }

    private static RuntimeException unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("station command failed", cause);
    }
}
