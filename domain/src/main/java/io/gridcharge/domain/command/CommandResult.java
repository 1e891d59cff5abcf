package io.gridcharge.domain.command;

/**
 * Data a station's answer carries beyond its status word. Each bounded context defines its own results (a
 * reservation's outcome, a composite schedule, a local list version) as records implementing this, next to the
 * commands that produce them; the API maps each to its JSON.
 */
public interface CommandResult {
}
