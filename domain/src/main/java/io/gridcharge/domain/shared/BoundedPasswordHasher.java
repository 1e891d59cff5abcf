package io.gridcharge.domain.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A {@link PasswordHasher} that runs at most {@code slots} hashes at once. A memory-hard hash (Argon2id) costs
 * tens of milliseconds of one core and megabytes of memory on purpose; unbounded, a storm of thousands of
 * stations would run them all at once and starve everything else. A caller waits up to {@code wait} for a slot,
 * then gets {@link PasswordChecksBusy}. Only the hashing is bounded: finding the station and deciding whether a
 * password is needed at all stay outside, so stations without a password never queue here.
 */
public final class BoundedPasswordHasher implements PasswordHasher {
    private final PasswordHasher hasher;
    private final Semaphore slots;
    private final int slotCount;
    private final Duration wait;

    public BoundedPasswordHasher(PasswordHasher hasher, int slots, Duration wait) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1");
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("wait must not be negative");
        }
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.slots = new Semaphore(slots, true);
        this.slotCount = slots;
        this.wait = wait;
    }

    @Override
    public String hash(String password) {
        acquire();
        try {
            return hasher.hash(password);
        } finally {
            slots.release();
        }
    }

    @Override
    public boolean verify(String password, String hash) {
        acquire();
        try {
            return hasher.verify(password, hash);
        } finally {
            slots.release();
        }
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new PasswordChecksBusy(slotCount);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordChecksBusy(slotCount);
        }
    }
}
