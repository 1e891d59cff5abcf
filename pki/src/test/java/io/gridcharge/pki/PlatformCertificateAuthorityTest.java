package io.gridcharge.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.security.IssuedCertificate;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformCertificateAuthorityTest {
    @TempDir
    Path dataDir;

    private final Clock clock = Clock.systemUTC();

    @Test
    void isCreatedOnFirstStartAndTheSameRootAfterARestart() throws Exception {
        var first = PlatformCertificateAuthority.openOrCreate(dataDir.resolve("pki"), "Acme Charging", clock);
        var again = PlatformCertificateAuthority.openOrCreate(dataDir.resolve("pki"), "Acme Charging", clock);

        assertThat(again.rootCertificatePem()).isEqualTo(first.rootCertificatePem());
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("pki").resolve(PlatformCertificateAuthority.KEY_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void namesTheStationAndTheOperatorInTheCertificateWhateverTheRequestAsked() throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(dataDir, "Acme Charging", clock);

        IssuedCertificate issued = ca.signStationCertificate(StationId.of("CP-1"), csr("CN=CP-2,O=Someone Else", ecKeys()));

        X509Certificate certificate = parse(issued.certificateChainPem());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=CP-1,O=Acme Charging");
        certificate.verify(ca.rootCertificate().getPublicKey());
        assertThat(certificate.getSerialNumber().toString(16)).isEqualTo(issued.serialNumber()).hasSizeLessThanOrEqualTo(40);
        assertThat(certificate.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2");
    }

    @Test
    void refusesSomethingThatIsNotACertificateRequest() {
        var ca = PlatformCertificateAuthority.openOrCreate(dataDir, "Acme Charging", clock);

        assertThatThrownBy(() -> ca.signStationCertificate(StationId.of("CP-1"), "hello"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("csr");
    }

    @Test
    void refusesAKeyWeakerThanTheWhitepaperAllows() throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(dataDir, "Acme Charging", clock);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);

        assertThatThrownBy(() -> ca.signStationCertificate(StationId.of("CP-1"),
                csr("CN=CP-1", rsa.generateKeyPair(), "SHA256withRSA")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2048");
    }

    @Test
    void issuesTheServerCertificateForTheHostName() throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(dataDir, "Acme Charging", clock);

        ServerIdentity server = ca.issueServerIdentity("csms.example.com");

        assertThat(server.chain().getFirst().getSubjectX500Principal().getName()).startsWith("CN=csms.example.com");
        assertThat(server.chain().getFirst().getSubjectAlternativeNames()).isNotEmpty();
        assertThat(server.keyManagers().getKeyManagers()).isNotEmpty();
    }

    static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static String csr(String subject, KeyPair keys) throws Exception {
        return csr(subject, keys, "SHA256withECDSA");
    }

    static String csr(String subject, KeyPair keys, String algorithm) throws Exception {
        var request = new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), keys.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
        return Pem.write(request);
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
