package io.gridcharge.gateway;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.rpc.CallErrorException;
import io.gridcharge.ocpp.rpc.CallQueueFullException;
import io.gridcharge.ocpp.rpc.CallTimeoutException;
import io.gridcharge.ocpp.rpc.SessionClosedException;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.util.concurrent.CompletionException;

/** Why a call to a station failed, said in the domain's words ({@link CommandFailure}). */
final class CommandFailures {
    private CommandFailures() {
    }

    static RuntimeException translate(Throwable failure, StationId station, String action, OcppVersion version) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return switch (cause) {
            case CommandFailure already -> already;
            case CallTimeoutException timeout -> new CommandFailure.NoAnswer(station, action);
            // Too many commands already wait behind unanswered ones: this one would not be answered in time.
            case CallQueueFullException full -> new CommandFailure.NoAnswer(station, action);
            case CallErrorException error ->
                    new CommandFailure.Refused(station, action, error.code().wireName(version), error.description());
            // The station answered, but with a payload its own schema forbids: no usable answer either.
            case PayloadViolation invalid -> new CommandFailure.Refused(station, action,
                    invalid.code().wireName(version), "The station's answer is invalid: " + invalid.getMessage());
            case SessionClosedException closed -> new CommandFailure.NotConnected(station);
            case RuntimeException unexpected -> unexpected;
            default -> new CompletionException(cause);
        };
    }

    /** A request that breaks the version's rules, in the domain's words: the field and the rule. */
    static InvalidInput invalid(PayloadViolation violation) {
        return new InvalidInput(violation.field(), violation.rule());
    }
}
