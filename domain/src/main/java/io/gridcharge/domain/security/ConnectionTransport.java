package io.gridcharge.domain.security;

/**
 * How a connection reached the platform: over plain TCP or TLS, and for mutual TLS the station identity the
 * verified client certificate names (the commonName of its subject, OCPP 1.6 Security Whitepaper §2.4: the
 * Charge Point's unique serial number, which is its identity in the URL).
 */
public record ConnectionTransport(boolean tls, String certificateIdentity) {
    public ConnectionTransport {
        if (certificateIdentity != null && !tls) {
            throw new IllegalArgumentException("a client certificate comes only with TLS");
        }
    }

    public static ConnectionTransport plain() {
        return new ConnectionTransport(false, null);
    }

    public static ConnectionTransport tlsWithoutCertificate() {
        return new ConnectionTransport(true, null);
    }

    public static ConnectionTransport tlsWithCertificate(String identity) {
        return new ConnectionTransport(true, identity);
    }

    public boolean hasCertificate() {
        return certificateIdentity != null;
    }
}
