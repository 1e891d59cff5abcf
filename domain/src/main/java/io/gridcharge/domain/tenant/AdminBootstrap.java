package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.PasswordHasher;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The first start creates user {@code admin}: with the configured password (GRIDCHARGE_ADMIN_PASSWORD),
 * or with a generated one that is handed back to be shown once. Later starts change nothing.
 */
public final class AdminBootstrap {
    public static final String ADMIN = "admin";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "-_.!@#%+=";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AdminBootstrap(UserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Returns the generated password when one was made, to be printed once; empty otherwise. */
    public Optional<String> ensureAdmin(String configuredPassword) {
        if (users.find(ADMIN).isPresent()) {
            return Optional.empty();
        }
        boolean generated = configuredPassword == null || configuredPassword.isEmpty();
        String password = generated ? generate() : configuredPassword;
        PasswordPolicy.check(password);
        if (!users.insert(new User(ADMIN, hasher.hash(password), Role.ADMIN, clock.instant()))) {
            return Optional.empty(); // another node created it first
        }
        return generated ? Optional.of(password) : Optional.empty();
    }

    private String generate() {
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        StringBuilder password = new StringBuilder();
        for (String set : new String[] {UPPER, LOWER, DIGITS, SYMBOLS}) {
            password.append(set.charAt(random.nextInt(set.length())));
        }
        while (password.length() < 20) {
            password.append(all.charAt(random.nextInt(all.length())));
        }
        for (int i = password.length() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char c = password.charAt(i);
            password.setCharAt(i, password.charAt(j));
            password.setCharAt(j, c);
        }
        return password.toString();
    }
}
