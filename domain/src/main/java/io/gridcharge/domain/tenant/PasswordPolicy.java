package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.InvalidInput;

/** User passwords: at least 12 characters, with upper and lower case letters, a digit and a symbol. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.chars().noneMatch(Character::isUpperCase)
                || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isDigit)
                || password.chars().allMatch(Character::isLetterOrDigit)) {
            throw new InvalidInput("password", "must contain upper and lower case letters, a digit and a symbol");
        }
    }
}
