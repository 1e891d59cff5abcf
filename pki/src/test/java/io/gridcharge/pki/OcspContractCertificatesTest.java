package io.gridcharge.pki;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.gridcharge.domain.authorization.ContractCertificates.Chain;
import io.gridcharge.domain.authorization.ContractCertificates.OcspData;
import io.gridcharge.domain.authorization.ContractCertificates.OcspRequest;
import io.gridcharge.domain.authorization.ContractCertificates.Status;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * The checks a contract certificate meets before its OCSP responder is asked, and the answers that never make an
 * Accepted: the responder's own answers are replayed over HTTP by Ocpp201OperationsConformanceIT (TC_C_50-52).
 */
class OcspContractCertificatesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final X500Name MO = new X500Name("CN=Test MO Sub-CA");
    private static final X500Name EV = new X500Name("CN=DE-GRD-C12345-A");

    private final OcspContractCertificates check = new OcspContractCertificates(Clock.fixed(NOW, ZoneOffset.UTC),
            Set.of(OcspContractCertificates.ANY_HOST));

    @Test
    void aCertificateOutsideItsValidityIsExpiredWithoutAskingAnyone() throws Exception {
        KeyPair keys = keys();
        String expired = Pem.write(certificate(EV, EV, keys, keys, NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35)), "http://127.0.0.1:1/ocsp"));

        assertThat(check.check(new Chain(expired))).isEqualTo(Status.CERTIFICATE_EXPIRED);
    }

    @Test
    void aLeafWhoseIssuerIsNotInTheChainCannotBeCheckedAndOneSignedByAnotherKeyIsASignatureError()
            throws Exception {
        KeyPair leafKeys = keys();
        KeyPair issuerKeys = keys();
        KeyPair otherKeys = keys();
        var issuer = certificate(MO, MO, issuerKeys, issuerKeys, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)), null);
        var leaf = certificate(EV, MO, leafKeys, otherKeys, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)), "http://127.0.0.1:1/ocsp");

        assertThat(check.check(new Chain(Pem.write(leaf)))).isEqualTo(Status.CERT_CHAIN_ERROR);
        assertThat(check.check(new Chain(Pem.write(leaf, issuer)))).isEqualTo(Status.SIGNATURE_ERROR);
    }

    @Test
    void aCertificateNamingNoResponderOrOneThatCannotBeReachedIsNeverAccepted() throws Exception {
        KeyPair keys = keys();
        String silent = Pem.write(certificate(EV, EV, keys, keys, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)), null));
        String unreachable = Pem.write(certificate(EV, EV, keys, keys, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)), "http://127.0.0.1:" + closedPort() + "/ocsp"));

        assertThat(check.check(new Chain(silent))).isEqualTo(Status.CERT_CHAIN_ERROR);
        assertThat(check.check(new Chain(unreachable))).isEqualTo(Status.CERT_CHAIN_ERROR);
    }

    @Test
    void requestDataNamingAResponderThatIsNoWebAddressIsNotFollowed() {
        var data = new OcspData(List.of(new OcspRequest("SHA256", "00ff", "ff00", "1a2b", "file:///etc/passwd")));

        assertThat(check.check(data)).isEqualTo(Status.CERT_CHAIN_ERROR);
    }

    @Test
    void onlyTheHostsTheOperatorNamedAreAsked() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ocsp", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            var data = new OcspData(List.of(new OcspRequest("SHA256", "00ff", "ff00", "1a2b",
                    "http://127.0.0.1:" + port + "/ocsp")));
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

            assertThat(new OcspContractCertificates(clock, Set.of()).check(data)).isEqualTo(Status.CERT_CHAIN_ERROR);
            assertThat(new OcspContractCertificates(clock, OcspContractCertificates.hosts("ocsp.example.com"))
                    .check(data)).isEqualTo(Status.CERT_CHAIN_ERROR);
            assertThat(asked).hasValue(0);

            new OcspContractCertificates(clock, OcspContractCertificates.hosts(" OCSP.example.com, 127.0.0.1:" + port))
                    .check(data);
            assertThat(asked).hasValue(1);
            new OcspContractCertificates(clock, OcspContractCertificates.hosts("127.0.0.1")).check(data);
            assertThat(asked).hasValue(2);
        } finally {
            server.stop(0);
        }
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static X509CertificateHolder certificate(X500Name subject, X500Name issuer, KeyPair subjectKeys,
                                                     KeyPair signerKeys, Instant from, Instant until,
                                                     String responder) throws Exception {
        var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(from.toEpochMilli()),
                Date.from(from), Date.from(until), subject, subjectKeys.getPublic());
        if (responder != null) {
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, responder)));
        }
        return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signerKeys.getPrivate()));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
