package io.gridcharge.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.Fakes.ManualClock;
import io.gridcharge.domain.testing.InMemoryUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginTest {
    private final ManualClock clock = new ManualClock();
    private final InMemoryUsers users = new InMemoryUsers();
    private final AdminBootstrap bootstrap = new AdminBootstrap(users, Fakes.plainHasher(), clock);
    private final Login login = new Login(users, Fakes.plainHasher(), new LoginThrottle(clock), clock);

    @Test
    void theFirstStartCreatesAdminWithTheConfiguredPasswordAndLaterStartsChangeNothing() {
        assertThat(bootstrap.ensureAdmin("Sunny-Day-2026")).isEmpty();
        assertThat(bootstrap.ensureAdmin("Other-Pass-2027")).isEmpty();

        assertThat(login.login("admin", "Sunny-Day-2026")).isInstanceOf(Login.Result.Granted.class);
        assertThat(login.login("admin", "Other-Pass-2027")).isInstanceOf(Login.Result.Denied.class);
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedThatMeetsThePolicyAndWorks() {
        String generated = bootstrap.ensureAdmin(null).orElseThrow();

        PasswordPolicy.check(generated);
        assertThat(login.login("admin", generated)).isInstanceOf(Login.Result.Granted.class);
    }

    @Test
    void aTokenAuthenticatesItsUserUntilTheSessionEnds() {
        bootstrap.ensureAdmin("Sunny-Day-2026");
        String token = ((Login.Result.Granted) login.login("admin", "Sunny-Day-2026")).token();

        assertThat(login.authenticate(token)).hasValueSatisfying(u -> assertThat(u.username()).isEqualTo("admin"));
        clock.advance(Login.SESSION_LENGTH);
        assertThat(login.authenticate(token)).isEmpty();
    }

    @Test
    void repeatedFailuresMakeTheNextAttemptWaitEvenWithTheRightPassword() {
        bootstrap.ensureAdmin("Sunny-Day-2026");
        for (int i = 0; i < 6; i++) {
            login.login("admin", "guess-" + i);
        }

        var throttled = login.login("admin", "Sunny-Day-2026");

        assertThat(throttled).isInstanceOfSatisfying(Login.Result.Throttled.class,
                t -> assertThat(t.retryAfter()).isPositive());
        clock.advance(Duration.ofSeconds(2));
        assertThat(login.login("admin", "Sunny-Day-2026")).isInstanceOf(Login.Result.Granted.class);
    }

    @Test
    void unknownUsersAreThrottledLikeKnownOnesSoTheBackOffRevealsNothing() {
        for (int i = 0; i < 6; i++) {
            login.login("mallory", "guess-" + i);
        }

        assertThat(login.login("mallory", "guess")).isInstanceOf(Login.Result.Throttled.class);
    }

    @Test
    void weakPasswordsAreRefusedWithTheRule() {
        assertThatThrownBy(() -> PasswordPolicy.check("short1A!")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("12");
        assertThatThrownBy(() -> PasswordPolicy.check("alllowercase123!")).hasMessageContaining("upper");
        assertThatThrownBy(() -> PasswordPolicy.check("NoSymbolsHere123")).hasMessageContaining("symbol");
        assertThatThrownBy(() -> bootstrap.ensureAdmin("weak")).isInstanceOf(InvalidInput.class);
        assertThat(users.anyUser()).isFalse();
    }
}
