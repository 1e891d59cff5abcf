package io.gridcharge.gateway;

import io.gridcharge.domain.security.ConnectionTransport;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslHandler;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Reads how a connection came in: plain or TLS, and the station identity of a client certificate the TLS
 * handshake verified against the platform's CA. OCPP 1.6 Security Whitepaper (edition 3) §2.4: the subject's
 * commonName holds the Charge Point's unique serial number, which is its identity in the connection URL.
 */
final class ClientCertificates {
    private ClientCertificates() {
    }

    static ConnectionTransport transportOf(ChannelPipeline pipeline) {
        SslHandler tls = pipeline.get(SslHandler.class);
        if (tls == null) {
            return ConnectionTransport.plain();
        }
        Certificate[] chain;
        try {
            chain = tls.engine().getSession().getPeerCertificates();
        } catch (SSLPeerUnverifiedException none) {
            return ConnectionTransport.tlsWithoutCertificate();
        }
        if (chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
            return ConnectionTransport.tlsWithoutCertificate();
        }
        // A verified certificate without a commonName names no station: it is treated as naming "" and
        // so matches none.
        return ConnectionTransport.tlsWithCertificate(commonName(leaf).orElse(""));
    }

    static Optional<String> commonName(X509Certificate certificate) {
        try {
            LdapName subject = new LdapName(certificate.getSubjectX500Principal().getName());
            // RFC 2253 lists RDNs most specific first; LdapName keeps them in reverse, so the last CN wins.
            String found = null;
            for (Rdn rdn : subject.getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    found = String.valueOf(rdn.getValue());
                }
            }
            return Optional.ofNullable(found);
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
