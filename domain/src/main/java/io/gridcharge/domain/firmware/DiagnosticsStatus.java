package io.gridcharge.domain.firmware;

/**
 * Where a station's diagnostics upload stands: REQUESTED is the platform's own entry when it sent
 * GetDiagnostics, RECEIVED when the file arrived at the platform; the others are what the station reported
 * (OCPP 1.6 §7.24 DiagnosticsStatus).
 */
public enum DiagnosticsStatus {
    REQUESTED, IDLE, UPLOADING, UPLOADED, UPLOAD_FAILED, RECEIVED
}
