package io.gridcharge.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which of the CA's certificates a station's request gets, and the CA's answer on a certificate's status. */
class SignStationCertificateTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final Instant NOT_AFTER = Instant.parse("2028-11-21T10:00:00Z");

    private final ScriptedStationCommands commands = new ScriptedStationCommands().answer("Accepted");
    private final SignStationCertificate sign = new SignStationCertificate(new TwoIssuers(), commands, Runnable::run);

    @Test
    void aV2GRequestIsSignedAsAV2GCertificateAndTheOthersAsStationCertificates() {
        sign.request(CP_1, "CSR", CertificateSigningUse.V2G);
        sign.request(CP_1, "CSR", CertificateSigningUse.CHARGING_STATION);
        sign.request(CP_1, "CSR", null);

        assertThat(commands.sent()).extracting(sent -> ((StationCommand.CertificateSigned) sent.command())
                .certificateChain()).containsExactly("V2G-CHAIN", "STATION-CHAIN", "STATION-CHAIN");
    }

    @Test
    void theStatusOfACertificateIsTheCasAnswer() {
        CertificateId ours = new CertificateId("SHA256", "aa", "bb", "01");
        CertificateId theirs = new CertificateId("SHA256", "cc", "dd", "01");

        assertThat(sign.certificateStatus(ours)).contains("OCSP");
        assertThat(sign.certificateStatus(theirs)).isEmpty();
    }

    private static final class TwoIssuers implements CertificateAuthority {
        @Override
        public IssuedCertificate signStationCertificate(StationId station, String csrPem) {
            return new IssuedCertificate("01", "STATION-CHAIN", NOT_AFTER);
        }

        @Override
        public IssuedCertificate signV2gCertificate(StationId station, String csrPem) {
            return new IssuedCertificate("02", "V2G-CHAIN", NOT_AFTER);
        }

        @Override
        public String rootCertificatePem() {
            return "ROOT";
        }

        @Override
        public Optional<String> certificateStatus(CertificateId certificate) {
            return certificate.issuerNameHash().equals("aa") ? Optional.of("OCSP") : Optional.empty();
        }
    }
}
