package io.gridcharge.api.token;

import java.time.Instant;

public record IssueIdTokenRequest(String idToken, String status, Instant expiresAt, String groupId) {
}
