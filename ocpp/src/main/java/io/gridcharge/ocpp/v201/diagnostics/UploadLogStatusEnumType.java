package io.gridcharge.ocpp.v201.diagnostics;

/**
 * OCPP 2.0.1 UploadLogStatusEnumType: this contains the status of the log upload.
 */
public enum UploadLogStatusEnumType {
    BadMessage, Idle, NotSupportedOperation, PermissionDenied, Uploaded, UploadFailure, Uploading,
    AcceptedCanceled
}
