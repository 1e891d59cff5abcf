package io.gridcharge.domain.security;

import io.gridcharge.domain.command.CommandResult;

/** A station's answer to GetLog: the name of the file it will upload, null when it gave none. */
public record LogFile(String fileName) implements CommandResult {
}
