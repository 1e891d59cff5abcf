package io.gridcharge.pki;

import io.gridcharge.domain.security.CertificateAuthority;
import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.IssuedCertificate;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's own certificate authority: an EC P-256 key and self-signed root, and under it a V2G sub-CA,
 * created under the data directory on first start and kept there (the keys owner-only). It signs stations'
 * certificate requests (SignCertificate, OCPP 1.6 Security Whitepaper A02/A03; 2.0.1 V2G certificates through the
 * sub-CA), answers their status (2.0.1 M06) and signs the TLS listener's certificate when the operator configured
 * none.
 *
 * <p>Whitepaper §2.4: a ChargePointCertificate's subject has the Charge Point's serial number, its identity,
 * as commonName and the operator's name (the CpoName key) as organizationName; the central system's certificate
 * has its host name as commonName. Keys: RSA at least 2048 bits, EC at least 224 bits.
 */
public final class PlatformCertificateAuthority implements CertificateAuthority {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformCertificateAuthority.class);
    static final String KEY_FILE = "ca-key.pem";
    static final String CERTIFICATE_FILE = "ca-certificate.pem";
    static final String V2G_SUB_CA_KEY_FILE = "v2g-sub-ca-key.pem";
    static final String V2G_SUB_CA_CERTIFICATE_FILE = "v2g-sub-ca-certificate.pem";
    private static final Duration SUB_CA_VALIDITY = Duration.ofDays(10 * 365);
    private static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration STATION_VALIDITY = Duration.ofDays(2 * 365);
    private static final Duration SERVER_VALIDITY = Duration.ofDays(365);
    /** Issued certificates are valid from a little before now, for clocks a little behind. */
    private static final Duration BACKDATE = Duration.ofMinutes(5);
    private static final String SIGNATURE = "SHA256withECDSA";
    /** How long a station may rely on an OCSP answer before it asks again. */
    private static final Duration OCSP_VALIDITY = Duration.ofDays(1);
    private static final Map<String, ASN1ObjectIdentifier> OCSP_DIGESTS = Map.of(
            "SHA256", NISTObjectIdentifiers.id_sha256, "SHA384", NISTObjectIdentifiers.id_sha384,
            "SHA512", NISTObjectIdentifiers.id_sha512);
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final PrivateKey key;
    private final X509Certificate root;
    private final PrivateKey v2gSubCaKey;
    private final X509Certificate v2gSubCa;
    private final String organization;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private PlatformCertificateAuthority(PrivateKey key, X509Certificate root, PrivateKey v2gSubCaKey,
                                         X509Certificate v2gSubCa, String organization, Clock clock) {
        this.key = key;
        this.root = root;
        this.v2gSubCaKey = v2gSubCaKey;
        this.v2gSubCa = v2gSubCa;
        this.organization = organization;
        this.clock = clock;
    }

    /** Reads the CA kept in {@code directory}, or creates it there when the directory has none. */
    public static PlatformCertificateAuthority openOrCreate(Path directory, String organization, Clock clock) {
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("the CA needs the operator's organization name");
        }
        Path keyFile = directory.resolve(KEY_FILE);
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        try {
            PrivateKey key;
            X509Certificate root;
            if (Files.exists(keyFile) && Files.exists(certificateFile)) {
                key = readKey(keyFile);
                root = certificate((X509CertificateHolder) Pem.read(Files.readString(certificateFile)));
                LOG.info("platform CA: {} (from {})", root.getSubjectX500Principal().getName(), directory);
            } else {
                KeyPair pair = newKeyPair();
                root = createRoot(directory, keyFile, certificateFile, pair, organization, clock);
                key = pair.getPrivate();
            }
            Path subCaKeyFile = directory.resolve(V2G_SUB_CA_KEY_FILE);
            Path subCaFile = directory.resolve(V2G_SUB_CA_CERTIFICATE_FILE);
            PrivateKey subCaKey;
            X509Certificate subCa;
            if (Files.exists(subCaKeyFile) && Files.exists(subCaFile)) {
                subCaKey = readKey(subCaKeyFile);
                subCa = certificate((X509CertificateHolder) Pem.read(Files.readString(subCaFile)));
            } else {
                KeyPair pair = newKeyPair();
                subCa = createV2gSubCa(subCaKeyFile, subCaFile, pair, key, root, organization, clock);
                subCaKey = pair.getPrivate();
            }
            return new PlatformCertificateAuthority(key, root, subCaKey, subCa, organization, clock);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("cannot open the platform CA in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static PrivateKey readKey(Path file) throws IOException {
        return new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) Pem.read(Files.readString(file)));
    }

    private static X509Certificate createRoot(Path directory, Path keyFile, Path certificateFile, KeyPair pair,
                                              String organization, Clock clock)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organization).addRDN(BCStyle.CN, organization + " GridCharge Root CA").build();
        Instant now = clock.instant();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(new SecureRandom()),
                Date.from(now.minus(BACKDATE)), Date.from(now.plus(ROOT_VALIDITY)), subject, pair.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate root = certificate(builder.build(signer(pair.getPrivate())));
        writeOwnerOnly(keyFile, Pem.write(new JcaPKCS8Generator(pair.getPrivate(), null)));
        Files.writeString(certificateFile, Pem.write(root));
        LOG.info("platform CA created in {}: {}", directory, root.getSubjectX500Principal().getName());
        return root;
    }

    /**
     * The sub-CA under the root that signs stations' V2G (ISO 15118 SECC) certificates, so that a V2G chain is
     * leaf, sub-CA, root as ISO 15118-2 expects; created next to the root the first time a CA without one opens.
     */
    private static X509Certificate createV2gSubCa(Path keyFile, Path certificateFile, KeyPair pair,
                                                  PrivateKey rootKey, X509Certificate root, String organization,
                                                  Clock clock) throws IOException, GeneralSecurityException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organization).addRDN(BCStyle.CN, organization + " GridCharge V2G Sub-CA").build();
        Instant now = clock.instant();
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, serial(new SecureRandom()),
                Date.from(now.minus(BACKDATE)), Date.from(now.plus(SUB_CA_VALIDITY)), subject, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(pair.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(root));
        X509Certificate subCa = certificate(builder.build(signer(rootKey)));
        writeOwnerOnly(keyFile, Pem.write(new JcaPKCS8Generator(pair.getPrivate(), null)));
        Files.writeString(certificateFile, Pem.write(subCa));
        LOG.info("platform V2G sub-CA created: {}", subCa.getSubjectX500Principal().getName());
        return subCa;
    }

    @Override
    public IssuedCertificate signStationCertificate(StationId station, String csrPem) {
        PublicKey stationKey = verifiedKeyOf(csrPem);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organization).addRDN(BCStyle.CN, station.value()).build();
        X509Certificate certificate = issue(subject, stationKey, STATION_VALIDITY, KeyPurposeId.id_kp_clientAuth,
                null);
        return new IssuedCertificate(certificate.getSerialNumber().toString(16), Pem.write(certificate),
                certificate.getNotAfter().toInstant());
    }

    /**
     * A V2GCertificate (OCPP 2.0.1 A03, ISO 15118-2 SECC certificate) for the station, signed by the V2G sub-CA;
     * the chain is the certificate then the sub-CA, so that whoever holds the platform root as V2G root can
     * validate it.
     */
    @Override
    public IssuedCertificate signV2gCertificate(StationId station, String csrPem) {
        PublicKey stationKey = verifiedKeyOf(csrPem);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, organization).addRDN(BCStyle.CN, station.value()).build();
        X509Certificate certificate = issue(v2gSubCa, v2gSubCaKey, subject, stationKey, STATION_VALIDITY, null,
                null);
        return new IssuedCertificate(certificate.getSerialNumber().toString(16),
                Pem.write(certificate) + Pem.write(v2gSubCa), certificate.getNotAfter().toInstant());
    }

    /** The sub-CA that signs V2G certificates; its issuer is the root. */
    public X509Certificate v2gSubCaCertificate() {
        return v2gSubCa;
    }

    @Override
    public String rootCertificatePem() {
        return Pem.write(root);
    }

    /**
     * OCPP 2.0.1 M06 (M06.FR.08/09): an OCSPResponse for a certificate whose issuer hashes are this CA's root or
     * V2G sub-CA, as the station computed them with its hash algorithm. The platform revokes no certificate (yet),
     * so each it issued is answered good, in a response its issuer signs; another issuer's certificate is none of
     * its business.
     */
    @Override
    public Optional<String> certificateStatus(CertificateId certificate) {
        Optional<String> byRoot = certificateStatus(certificate, root, key);
        return byRoot.isPresent() ? byRoot : certificateStatus(certificate, v2gSubCa, v2gSubCaKey);
    }

    /**
     * The OCSP answer when {@code issuer} (the root or the V2G sub-CA) issued the certificate, signed by that issuer
     * (RFC 6960 §4.2.2.2: the CA that issued the certificate may sign the response itself).
     */
    private Optional<String> certificateStatus(CertificateId certificate, X509Certificate issuer,
                                               PrivateKey issuerKey) {
        try {
            ASN1ObjectIdentifier algorithm = OCSP_DIGESTS.get(certificate.hashAlgorithm());
            MessageDigest digest = MessageDigest.getInstance(algorithm.getId(), BC);
            byte[] nameHash = digest.digest(issuer.getSubjectX500Principal().getEncoded());
            byte[] keyHash = digest.digest(SubjectPublicKeyInfo.getInstance(issuer.getPublicKey().getEncoded())
                    .getPublicKeyData().getBytes());
            HexFormat hex = HexFormat.of();
            if (!hex.formatHex(nameHash).equalsIgnoreCase(certificate.issuerNameHash())
                    || !hex.formatHex(keyHash).equalsIgnoreCase(certificate.issuerKeyHash())) {
                return Optional.empty();
            }
            CertificateID id = new CertificateID(new CertID(new AlgorithmIdentifier(algorithm, DERNull.INSTANCE),
                    new DEROctetString(nameHash), new DEROctetString(keyHash),
                    new ASN1Integer(new BigInteger(certificate.serialNumber(), 16))));
            Instant now = clock.instant();
            BasicOCSPRespBuilder answer = new BasicOCSPRespBuilder(new RespID(
                    X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded())));
            answer.addResponse(id, CertificateStatus.GOOD, Date.from(now), Date.from(now.plus(OCSP_VALIDITY)));
            OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                    answer.build(signer(issuerKey), null, Date.from(now)));
            return Optional.of(Base64.getEncoder().encodeToString(response.getEncoded()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        } catch (IOException | GeneralSecurityException | OCSPException e) {
            throw new IllegalStateException("cannot answer the certificate status", e);
        }
    }

    public X509Certificate rootCertificate() {
        return root;
    }

    /** A fresh key and certificate for the TLS listener, named {@code hostName} (commonName and subjectAltName). */
    public ServerIdentity issueServerIdentity(String hostName) {
        try {
            KeyPair pair = newKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.O, organization).addRDN(BCStyle.CN, hostName).build();
            GeneralName name = isIpAddress(hostName) ? new GeneralName(GeneralName.iPAddress, hostName)
                    : new GeneralName(GeneralName.dNSName, hostName);
            X509Certificate certificate = issue(subject, pair.getPublic(), SERVER_VALIDITY,
                    KeyPurposeId.id_kp_serverAuth, new GeneralNames(name));
            return new ServerIdentity(pair.getPrivate(), List.of(certificate, root));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the server certificate", e);
        }
    }

    /** Trust in what this CA issued: the TLS listener checks stations' client certificates against it. */
    public TrustManagerFactory trustManagers() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("platform-ca", root);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust managers", e);
        }
    }

    private X509Certificate issue(X500Name subject, PublicKey publicKey, Duration validity, KeyPurposeId purpose,
                                  GeneralNames alternativeNames) {
        return issue(root, key, subject, publicKey, validity, purpose, alternativeNames);
    }

    /** A leaf certificate {@code issuer} signs with {@code issuerKey}; no extended key usage when purpose is null. */
    private X509Certificate issue(X509Certificate issuer, PrivateKey issuerKey, X500Name subject, PublicKey publicKey,
                                  Duration validity, KeyPurposeId purpose, GeneralNames alternativeNames) {
        try {
            Instant now = clock.instant();
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(random),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), subject, publicKey);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature
                            | (publicKey instanceof RSAPublicKey ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement)))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(publicKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuer));
            if (purpose != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            }
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
            return certificate(builder.build(signer(issuerKey)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a certificate", e);
        }
    }

    /** The request's key, once its signature verifies and the key is strong enough (whitepaper §2.4). */
    private static PublicKey verifiedKeyOf(String csrPem) {
        Object parsed;
        try {
            parsed = csrPem == null ? null : Pem.read(csrPem);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("csr", "is not a PEM certificate signing request");
        }
        if (!(parsed instanceof org.bouncycastle.pkcs.PKCS10CertificationRequest request)) {
            throw new InvalidInput("csr", "is not a PEM certificate signing request");
        }
        try {
            JcaPKCS10CertificationRequest jca = new JcaPKCS10CertificationRequest(request).setProvider(BC);
            PublicKey publicKey = jca.getPublicKey();
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC).build(publicKey))) {
                throw new InvalidInput("csr", "its signature does not verify");
            }
            if (publicKey instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048
                    || publicKey instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() < 224
                    || !(publicKey instanceof RSAPublicKey || publicKey instanceof ECPublicKey)) {
                throw new InvalidInput("csr", "its key must be RSA of 2048 bits or more, or EC of 224 bits or more");
            }
            return publicKey;
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            throw new InvalidInput("csr", "cannot be verified: " + e.getMessage());
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with the CA key", e);
        }
    }

    /** Positive, 128 random bits: unpredictable, and within the whitepaper's 40 hex digits. */
    private static BigInteger serial(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return new BigInteger(1, bytes);
    }

    private static X509Certificate certificate(X509CertificateHolder holder) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static boolean isIpAddress(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }
}
