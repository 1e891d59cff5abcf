package io.gridcharge.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void readsTheStationIdAndAPasswordThatMayHoldColons() {
        assertThat(BasicCredentials.parse("Basic " + base64("CP-1:pass:word"))).hasValue(
                new BasicCredentials("CP-1", "pass:word"));
    }

    @Test
    void noHeaderIsNoCredentials() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
    }

    @Test
    void refusesOtherSchemesBrokenBase64AndAMissingColon() {
        assertThatThrownBy(() -> BasicCredentials.parse("Bearer abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BasicCredentials.parse("Basic ###")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BasicCredentials.parse("Basic " + base64("CP-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsThePassword() {
        assertThat(new BasicCredentials("CP-1", "s3cret-s3cret-s3cret").toString()).doesNotContain("s3cret");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
