package io.gridcharge.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void verifiesTheRightPasswordAndRefusesAWrongOne() {
        String hash = hasher.hash("Correct-Horse-9");

        assertThat(hasher.verify("Correct-Horse-9", hash)).isTrue();
        assertThat(hasher.verify("Correct-Horse-8", hash)).isFalse();
    }

    @Test
    void storesTheParametersWithASaltSoEqualPasswordsHashDifferently() {
        String first = hasher.hash("Correct-Horse-9");
        String second = hasher.hash("Correct-Horse-9");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Correct-Horse-9");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void keepsVerifyingHashesMadeWithOtherParameters() {
        String light = new Argon2idPasswordHasher(1024, 1).hash("Correct-Horse-9");

        assertThat(hasher.verify("Correct-Horse-9", light)).isTrue();
    }

    @Test
    void refusesAMalformedHashInsteadOfFailing() {
        assertThat(hasher.verify("x", "$argon2id$v=19$m=abc$$")).isFalse();
        assertThat(hasher.verify("x", "plain")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=8,t=1,p=1$!!$!!")).isFalse();
    }
}
