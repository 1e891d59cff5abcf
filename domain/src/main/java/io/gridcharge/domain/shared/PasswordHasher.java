package io.gridcharge.domain.shared;

/** Port: one-way password hashing (Argon2id in production) for users and stations' Basic Auth passwords. */
public interface PasswordHasher {
    String hash(String password);

    boolean verify(String password, String hash);
}
