package io.gridcharge.api.token;

import java.time.Instant;

/** Absent fields keep their value; {@code expiresAt} and {@code groupId} set to null are cleared. */
public record ChangeIdTokenRequest(String status, Instant expiresAt, String groupId, String type) {
}
