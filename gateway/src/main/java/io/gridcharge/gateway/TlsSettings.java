package io.gridcharge.gateway;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS listener of OCPP 1.6 Security Profiles 2 and 3 ({@code wss://HOST:PORT/ocpp/{stationId}}): the
 * server's key and certificate chain, and the issuers whose client certificates identify stations. A client
 * certificate is asked for but not required at the TLS level: profile 2 stations have none, and whether a
 * station needs one is decided per station at the WebSocket handshake.
 *
 * @param port          TCP port; 0 picks a free one (tests)
 * @param keys          the server's private key and certificate chain
 * @param stationIssuers the CAs whose certificates stations present (the platform's CA)
 */
public record TlsSettings(int port, KeyManagerFactory keys, TrustManagerFactory stationIssuers) {
    /**
     * OCPP 1.6 Security Whitepaper (edition 3) §2.3: TLS 1.2 or higher, and the central system supports at
     * least TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
     * TLS_RSA_WITH_AES_128_GCM_SHA256 and TLS_RSA_WITH_AES_256_GCM_SHA384. The ECDHE_RSA suites serve RSA server
     * keys where the JDK disables static RSA key exchange; the TLS 1.3 suites come first. Suites the JDK does not
     * offer are left out rather than failing the start.
     */
    static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_GCM_SHA256");
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    public TlsSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (keys == null || stationIssuers == null) {
            throw new IllegalArgumentException("the server's keys and the station certificate issuers are required");
        }
    }

    SslContext serverContext() {
        try {
            return SslContextBuilder.forServer(keys)
                    .sslProvider(SslProvider.JDK)
                    .trustManager(stationIssuers)
                    .clientAuth(ClientAuth.OPTIONAL)
                    .protocols(PROTOCOLS)
                    .ciphers(CIPHER_SUITES, SupportedCipherSuiteFilter.INSTANCE)
                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
