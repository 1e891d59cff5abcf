package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), UploadLogStatusEnumType: progress of a log upload. */
public enum UploadLogStatus {
    BadMessage, Idle, NotSupportedOperation, PermissionDenied, Uploaded, UploadFailure, Uploading
}
