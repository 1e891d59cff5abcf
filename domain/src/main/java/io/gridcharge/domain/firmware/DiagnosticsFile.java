package io.gridcharge.domain.firmware;

import io.gridcharge.domain.command.CommandResult;

/** A station's answer to GetDiagnostics: the file it will upload, null when it has none (OCPP 1.6 §6.26). */
public record DiagnosticsFile(String fileName) implements CommandResult {
}
