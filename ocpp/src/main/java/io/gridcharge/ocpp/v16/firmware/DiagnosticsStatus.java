package io.gridcharge.ocpp.v16.firmware;

/** OCPP 1.6 §7.24 DiagnosticsStatus: progress of a diagnostics upload. */
public enum DiagnosticsStatus {
    Idle, Uploaded, UploadFailed, Uploading
}
