package io.gridcharge.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.security.CertificateId;
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
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
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
    void answersTheStatusOfACertificateItIssuedWithAnOcspResponseItSigned() throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(dataDir, "Acme Charging", clock);
        X509Certificate issued = parse(ca.signStationCertificate(StationId.of("CP-1"), csr("CN=CP-1", ecKeys()))
                .certificateChainPem());

        for (var algorithm : List.of(NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha512)) {
            CertificateID asked = certificateId(algorithm, ca.rootCertificate(), issued);
            String answer = ca.certificateStatus(asOcpp(asked)).orElseThrow();

            OCSPResp response = new OCSPResp(Base64.getDecoder().decode(answer));
            assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
            BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
            assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .build(ca.rootCertificate().getPublicKey()))).isTrue();
            SingleResp single = basic.getResponses()[0];
            assertThat(single.getCertID()).isEqualTo(asked);
            assertThat(single.getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        }
    }

    @Test
    void signsAV2GCertificateWithItsV2GSubCaAndSendsTheSubCaInTheChain() throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(dataDir, "Acme Charging", clock);

        IssuedCertificate issued = ca.signV2gCertificate(StationId.of("CP-1"), csr("CN=CP-1", ecKeys()));

        List<X509Certificate> chain = CertificateFactory.getInstance("X.509").generateCertificates(
                new ByteArrayInputStream(issued.certificateChainPem().getBytes(StandardCharsets.US_ASCII))).stream()
                .map(X509Certificate.class::cast).toList();
        assertThat(chain).hasSize(2);
        assertThat(chain.get(0).getSubjectX500Principal().getName()).isEqualTo("CN=CP-1,O=Acme Charging");
        assertThat(chain.get(0).getSerialNumber().toString(16)).isEqualTo(issued.serialNumber());
        chain.get(0).verify(chain.get(1).getPublicKey());
        chain.get(1).verify(ca.rootCertificate().getPublicKey());
        assertThat(chain.get(1).getBasicConstraints()).isZero();
        assertThat(chain.get(1)).isEqualTo(ca.v2gSubCaCertificate());
        var reopened = PlatformCertificateAuthority.openOrCreate(dataDir, "Acme Charging", clock);
        assertThat(reopened.v2gSubCaCertificate()).isEqualTo(ca.v2gSubCaCertificate());
        assertThat(Files.getPosixFilePermissions(dataDir.resolve(PlatformCertificateAuthority.V2G_SUB_CA_KEY_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theV2GSubCaAnswersTheStatusOfTheCertificatesItSigned() throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(dataDir, "Acme Charging", clock);
        X509Certificate issued = parse(ca.signV2gCertificate(StationId.of("CP-1"), csr("CN=CP-1", ecKeys()))
                .certificateChainPem());

        CertificateID asked = certificateId(NISTObjectIdentifiers.id_sha256, ca.v2gSubCaCertificate(), issued);
        BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(Base64.getDecoder().decode(
                ca.certificateStatus(asOcpp(asked)).orElseThrow())).getResponseObject();

        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .build(ca.v2gSubCaCertificate().getPublicKey()))).isTrue();
        assertThat(basic.getResponses()[0].getCertID()).isEqualTo(asked);
    }

    @Test
    void knowsNothingOfTheCertificatesOfAnotherIssuer() throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(dataDir.resolve("ours"), "Acme Charging", clock);
        var other = PlatformCertificateAuthority.openOrCreate(dataDir.resolve("theirs"), "Mallory", clock);
        X509Certificate theirs = parse(other.signStationCertificate(StationId.of("CP-1"), csr("CN=CP-1", ecKeys()))
                .certificateChainPem());

        CertificateID asked = certificateId(NISTObjectIdentifiers.id_sha256, other.rootCertificate(), theirs);

        assertThat(ca.certificateStatus(asOcpp(asked))).isEmpty();
        assertThat(other.certificateStatus(asOcpp(asked))).isPresent();
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

    /** The certificate's OCSP identity as Bouncy Castle computes it from the issuer, independently of the CA. */
    private static CertificateID certificateId(ASN1ObjectIdentifier algorithm, X509Certificate issuer,
                                               X509Certificate certificate) throws Exception {
        return new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(algorithm, DERNull.INSTANCE)), new JcaX509CertificateHolder(issuer),
                certificate.getSerialNumber());
    }

    /** As a station puts it in GetCertificateStatusRequest.ocspRequestData. */
    private static CertificateId asOcpp(CertificateID id) {
        String algorithm = id.getHashAlgOID().equals(NISTObjectIdentifiers.id_sha256) ? "SHA256" : "SHA512";
        return new CertificateId(algorithm, HexFormat.of().formatHex(id.getIssuerNameHash()),
                HexFormat.of().formatHex(id.getIssuerKeyHash()), id.getSerialNumber().toString(16));
    }
}
