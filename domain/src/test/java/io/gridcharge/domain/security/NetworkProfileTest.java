package io.gridcharge.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** B09 connection data: checked where it is made, its secrets never printed. */
class NetworkProfileTest {

    @Test
    void securityProfiles2And3NeedATlsUrl() {
        assertThatThrownBy(() -> new NetworkProfile("ws://csms.example.com/ocpp", 30, SecurityProfile.TLS_BASIC_AUTH,
                "Wired0", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("ocppCsmsUrl"));
        assertThat(new NetworkProfile("ws://csms.example.com/ocpp", 30, SecurityProfile.BASIC_AUTH, "Wired0", null,
                null).csmsUrl()).startsWith("ws://");
    }

    @Test
    void anUnknownInterfaceOrAZeroTimeoutIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new NetworkProfile("wss://csms.example.com", 30, SecurityProfile.BASIC_AUTH,
                "Satellite0", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("ocppInterface"));
        assertThatThrownBy(() -> new NetworkProfile("wss://csms.example.com", 0, SecurityProfile.BASIC_AUTH,
                "Wired0", null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("messageTimeout"));
    }

    @Test
    void itsPrintedFormHidesThePasswordsThePinAndTheKey() {
        NetworkProfile profile = new NetworkProfile("wss://csms.example.com", 30, SecurityProfile.TLS_BASIC_AUTH,
                "Wireless0", new NetworkProfile.Apn("internet", "fleet", "apn-secret", 4711, null, false, "PAP"),
                new NetworkProfile.Vpn("vpn.example.com", "cp", null, "vpn-secret", "shared-key", "IPSec"));

        assertThat(profile.toString()).contains("vpn.example.com").doesNotContain("apn-secret")
                .doesNotContain("4711").doesNotContain("vpn-secret").doesNotContain("shared-key");
    }
}
