package io.gridcharge.api.auth;

import java.time.Instant;

public record LoginResponse(String token, Instant expiresAt, UserView user) {
    public record UserView(String username, String role) {
    }
}
