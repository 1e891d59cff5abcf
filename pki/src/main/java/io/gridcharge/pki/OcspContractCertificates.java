package io.gridcharge.pki;

import io.gridcharge.domain.authorization.ContractCertificates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ContractCertificates} by asking the certificate's OCSP responder (RFC 6960) over HTTP, with the request
 * data the station sent or, for a chain, the data the platform takes from it: the leaf's serial number, its
 * issuer's name and key hashed with SHA-256 (the next certificate of the chain; a self-issued leaf is its own
 * issuer), and the responder named in its Authority Information Access. A chain is also checked for validity
 * dates and signatures. The platform holds no MO or V2G root to anchor the chain or the responder's signature in:
 * it trusts the responder the certificate names, over a bounded wait. A responder that cannot be reached, or
 * answers anything but good, never makes an Accepted.
 *
 * <p>The responder's address comes from the station (or the certificate it sends), so the platform asks only hosts
 * the operator named ({@code --ocsp-responders}): a station cannot make the platform send requests into the
 * network it runs in. A responder on another host is not asked, and the certificate cannot be verified.
 */
public final class OcspContractCertificates implements ContractCertificates {
    private static final Logger LOG = LoggerFactory.getLogger(OcspContractCertificates.class);
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Every host may be asked. */
    public static final String ANY_HOST = "*";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private final Clock clock;
    private final Set<String> hosts;

    /**
     * @param hosts the hosts whose responders may be asked, as {@code host} or {@code host:port}, lower case;
     *              {@link #ANY_HOST} for any; empty for none
     */
    public OcspContractCertificates(Clock clock, Set<String> hosts) {
        this.clock = clock;
        this.hosts = Set.copyOf(hosts);
    }

    /** The hosts of a comma-separated list as the operator gives them ({@code --ocsp-responders}). */
    public static Set<String> hosts(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private boolean mayAsk(URI uri) {
        if (hosts.contains(ANY_HOST)) {
            return true;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return hosts.contains(host) || uri.getPort() != -1 && hosts.contains(host + ":" + uri.getPort());
    }

    @Override
    public Status check(Presented presented) {
        try {
            return switch (presented) {
                case OcspData data -> ocspOfEach(data.requests());
                case Chain chain -> chain(chain.pem());
            };
        } catch (IOException | GeneralSecurityException | OCSPException | IllegalArgumentException e) {
            LOG.info("contract certificate not verified: {}", e.toString());
            return Status.CERT_CHAIN_ERROR;
        }
    }

    /** Local validation: the station checked the chain; each certificate it names must be good. */
    private Status ocspOfEach(List<OcspRequest> requests) throws IOException, OCSPException {
        for (OcspRequest request : requests) {
            CertificateID id = new CertificateID(new CertID(algorithm(request.hashAlgorithm()),
                    new DEROctetString(bytes(request.issuerNameHash())),
                    new DEROctetString(bytes(request.issuerKeyHash())),
                    new ASN1Integer(new BigInteger(1, bytes(request.serialNumber())))));
            Status status = ask(request.responderUrl(), id);
            if (status != Status.ACCEPTED) {
                return status;
            }
        }
        return Status.ACCEPTED;
    }

    /** Central validation (C07.FR.05): dates, signature and the leaf's OCSP status. */
    private Status chain(String pem) throws IOException, GeneralSecurityException, OCSPException {
        List<X509Certificate> chain = certificates(pem);
        if (chain.isEmpty()) {
            return Status.CERT_CHAIN_ERROR;
        }
        X509Certificate leaf = chain.getFirst();
        boolean selfIssued = leaf.getIssuerX500Principal().equals(leaf.getSubjectX500Principal());
        if (chain.size() == 1 && !selfIssued) {
            return Status.CERT_CHAIN_ERROR;
        }
        X509Certificate issuer = chain.size() > 1 ? chain.get(1) : leaf;
        Date now = Date.from(clock.instant());
        for (X509Certificate certificate : chain) {
            if (now.before(certificate.getNotBefore()) || now.after(certificate.getNotAfter())) {
                return Status.CERTIFICATE_EXPIRED;
            }
        }
        try {
            leaf.verify(issuer.getPublicKey());
        } catch (GeneralSecurityException e) {
            return Status.SIGNATURE_ERROR;
        }
        Optional<String> responder = responderOf(leaf);
        if (responder.isEmpty()) {
            return Status.CERT_CHAIN_ERROR;
        }
        return ask(responder.get(), idOf(leaf, issuer));
    }

    private static CertificateID idOf(X509Certificate leaf, X509Certificate issuer)
            throws GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] nameHash = sha256.digest(issuer.getSubjectX500Principal().getEncoded());
        byte[] keyHash = sha256.digest(SubjectPublicKeyInfo.getInstance(issuer.getPublicKey().getEncoded())
                .getPublicKeyData().getBytes());
        return new CertificateID(new CertID(algorithm("SHA256"), new DEROctetString(nameHash),
                new DEROctetString(keyHash), new ASN1Integer(leaf.getSerialNumber())));
    }

    private Status ask(String responderUrl, CertificateID id) throws IOException, OCSPException {
        URI uri = URI.create(responderUrl);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Status.CERT_CHAIN_ERROR;
        }
        if (!mayAsk(uri)) {
            LOG.info("OCSP responder {} is not among the hosts the platform may ask (--ocsp-responders)", uri);
            return Status.CERT_CHAIN_ERROR;
        }
        byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(WAIT)
                    .header("Content-Type", "application/ocsp-request")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CERT_CHAIN_ERROR;
        }
        if (response.statusCode() != 200) {
            LOG.info("OCSP responder {} answered HTTP {}", uri, response.statusCode());
            return Status.CERT_CHAIN_ERROR;
        }
        OCSPResp ocsp = new OCSPResp(response.body());
        if (ocsp.getStatus() != OCSPResp.SUCCESSFUL || !(ocsp.getResponseObject() instanceof BasicOCSPResp basic)) {
            return Status.CERT_CHAIN_ERROR;
        }
        for (SingleResp single : basic.getResponses()) {
            if (single.getCertID().equals(id)) {
                CertificateStatus status = single.getCertStatus();
                return status == CertificateStatus.GOOD ? Status.ACCEPTED
                        : status instanceof RevokedStatus ? Status.CERTIFICATE_REVOKED : Status.CERT_CHAIN_ERROR;
            }
        }
        return Status.CERT_CHAIN_ERROR;
    }

    private static Optional<String> responderOf(X509Certificate leaf) throws IOException, GeneralSecurityException {
        AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(
                new JcaX509CertificateHolder(leaf).getExtensions());
        if (access == null) {
            return Optional.empty();
        }
        for (AccessDescription description : access.getAccessDescriptions()) {
            if (description.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
                    && description.getAccessLocation().getTagNo() == GeneralName.uniformResourceIdentifier) {
                return Optional.of(description.getAccessLocation().getName().toString());
            }
        }
        return Optional.empty();
    }

    private static List<X509Certificate> certificates(String pem) throws GeneralSecurityException {
        List<X509Certificate> chain = new ArrayList<>();
        for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(
                new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
            chain.add((X509Certificate) certificate);
        }
        return chain;
    }

    private static AlgorithmIdentifier algorithm(String name) {
        return new AlgorithmIdentifier(switch (name) {
            case "SHA256" -> NISTObjectIdentifiers.id_sha256;
            case "SHA384" -> NISTObjectIdentifiers.id_sha384;
            case "SHA512" -> NISTObjectIdentifiers.id_sha512;
            default -> throw new IllegalArgumentException("hash algorithm " + name);
        }, DERNull.INSTANCE);
    }

    /** 2.0.1 gives the hashes and the serial number as hex; a station sending base64 is read too. */
    private static byte[] bytes(String value) {
        if (value.length() % 2 == 0 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return HexFormat.of().parseHex(value);
        }
        return Base64.getDecoder().decode(value);
    }
}
