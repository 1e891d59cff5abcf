package io.gridcharge.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.testing.Fakes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {
    private final PasswordHasher plain = Fakes.plainHasher();

    @Test
    void checksPasswordsLikeTheHasherItBounds() {
        var bounded = new BoundedPasswordHasher(plain, 1, Duration.ZERO);
        String hash = bounded.hash("a-long-station-secret");

        assertThat(bounded.verify("a-long-station-secret", hash)).isTrue();
        assertThat(bounded.verify("another-station-secret", hash)).isFalse();
    }

    @Test
    void refusesACheckWhenEverySlotStaysTakenLongerThanTheWait() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var bounded = new BoundedPasswordHasher(held(inside, release), 1, Duration.ofMillis(50));
        String hash = plain.hash("a-long-station-secret");
        CompletableFuture<Boolean> first =
                CompletableFuture.supplyAsync(() -> bounded.verify("a-long-station-secret", hash));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.verify("a-long-station-secret", hash))
                .isInstanceOf(PasswordChecksBusy.class);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(bounded.verify("a-long-station-secret", hash)).as("the slot is free again").isTrue();
    }

    @Test
    void freesTheSlotWhenTheHasherFails() {
        PasswordHasher failing = new PasswordHasher() {
            @Override
            public String hash(String password) {
                throw new IllegalStateException("broken");
            }

            @Override
            public boolean verify(String password, String hash) {
                return plain.verify(password, hash);
            }
        };
        var bounded = new BoundedPasswordHasher(failing, 1, Duration.ZERO);

        assertThatThrownBy(() -> bounded.hash("a-long-station-secret")).isInstanceOf(IllegalStateException.class);
        assertThat(bounded.verify("x", plain.hash("x"))).isTrue();
    }

    private PasswordHasher held(CountDownLatch inside, CountDownLatch release) {
        return new PasswordHasher() {
            @Override
            public String hash(String password) {
                return plain.hash(password);
            }

            @Override
            public boolean verify(String password, String hash) {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return plain.verify(password, hash);
            }
        };
    }
}
