package io.gridcharge.api.token;

import java.time.Instant;

/** {@code type} absent is ISO14443, an RFID card (as 1.6 tokens are). */
public record IssueIdTokenRequest(String idToken, String status, Instant expiresAt, String groupId, String type) {
}
