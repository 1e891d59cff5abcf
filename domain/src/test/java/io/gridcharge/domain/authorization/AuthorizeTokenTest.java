package io.gridcharge.domain.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.testing.Fakes.ManualClock;
import io.gridcharge.domain.testing.InMemoryTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthorizeTokenTest {
    private final ManualClock clock = new ManualClock();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final TokenAdministration admin = new TokenAdministration(tokens, clock);
    private final AuthorizeToken authorize = new AuthorizeToken(tokens, clock);

    @Test
    void anUnknownTokenIsInvalid() {
        assertThat(authorize.authorize(IdToken.of("NOBODY")).status()).isEqualTo(AuthorizationStatus.INVALID);
    }

    @Test
    void aBlockedTokenIsBlocked() {
        admin.issue(IdToken.of("BOB"), TokenStatus.BLOCKED, null, null);

        assertThat(authorize.authorize(IdToken.of("BOB")).status()).isEqualTo(AuthorizationStatus.BLOCKED);
    }

    @Test
    void anAcceptedTokenExpiresAtItsExpiryDateAndTellsTheStationItsGroup() {
        IdToken fleet = IdToken.of("FLEET-7");
        admin.issue(IdToken.of("CAROL"), TokenStatus.ACCEPTED, clock.instant().plus(Duration.ofDays(1)), fleet);

        Authorization today = authorize.authorize(IdToken.of("CAROL"));
        clock.advance(Duration.ofDays(1));
        Authorization tomorrow = authorize.authorize(IdToken.of("CAROL"));

        assertThat(today.status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(today.groupId()).isEqualTo(fleet);
        assertThat(today.expiresAt()).isEqualTo(clock.instant());
        assertThat(tomorrow.status()).isEqualTo(AuthorizationStatus.EXPIRED);
    }

    @Test
    void blockingAnIssuedTokenTakesEffectAtTheNextAuthorization() {
        admin.issue(IdToken.of("DAVE"), null, null, null);

        admin.change(IdToken.of("DAVE"), TokenStatus.BLOCKED, null, false, null, false);

        assertThat(authorize.authorize(IdToken.of("DAVE")).status()).isEqualTo(AuthorizationStatus.BLOCKED);
    }

    @Test
    void issuingATokenTwiceIsAConflict() {
        admin.issue(IdToken.of("EVE"), null, null, null);

        assertThatThrownBy(() -> admin.issue(IdToken.of("EVE"), null, null, null)).isInstanceOf(Conflict.class);
    }

    @Test
    void aTokenLongerThanThirtySixCharactersIsRefusedNamingTheField() {
        assertThatThrownBy(() -> IdToken.of("X".repeat(37)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("idToken"));
    }

    @Test
    void aTokenIsAnRfidCardUnlessIssuedAsAnotherTypeAndAnotherTypeOfItsValueIsInvalid() {
        admin.issue(IdToken.of("CARD"), null, null, null);
        admin.issue(IdToken.of("CONTRACT"), null, null, null, TokenType.EMAID);

        assertThat(authorize.typeOf(IdToken.of("CARD"))).contains(TokenType.ISO14443);
        assertThat(authorize.typeOf(IdToken.of("NOBODY"))).isEmpty();
        assertThat(authorize.authorize(IdToken.of("CONTRACT"), TokenType.EMAID).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(authorize.authorize(IdToken.of("CONTRACT"), TokenType.ISO14443).status())
                .isEqualTo(AuthorizationStatus.INVALID);
    }

    @Test
    void changingATokensTypeKeepsEverythingElse() {
        admin.issue(IdToken.of("ERIN"), TokenStatus.BLOCKED, null, IdToken.of("FLEET"));

        RegisteredToken changed = admin.change(IdToken.of("ERIN"), null, null, false, null, false, TokenType.KEY_CODE);

        assertThat(changed.type()).isEqualTo(TokenType.KEY_CODE);
        assertThat(changed.status()).isEqualTo(TokenStatus.BLOCKED);
        assertThat(changed.groupId()).isEqualTo(IdToken.of("FLEET"));
        assertThat(admin.get(IdToken.of("ERIN")).type()).isEqualTo(TokenType.KEY_CODE);
    }
}
