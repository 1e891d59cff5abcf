package io.gridcharge.api.auth;

public record LoginRequest(String username, String password) {
}
