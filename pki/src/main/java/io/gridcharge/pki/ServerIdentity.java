package io.gridcharge.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;

/**
 * The TLS listener's private key and certificate chain (leaf first): issued by the platform's CA, or read
 * from an operator's PKCS#12 key store.
 */
public record ServerIdentity(PrivateKey key, List<X509Certificate> chain) {
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

    public ServerIdentity {
        if (key == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a key and at least its certificate are required");
        }
        chain = List.copyOf(chain);
    }

    /**
     * Reads the first key entry of a PKCS#12 key store.
     *
     * @throws IllegalArgumentException when the file cannot be read, the password is wrong, or it holds no key
     */
    public static ServerIdentity fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (key instanceof PrivateKey privateKey && chain != null) {
                        return new ServerIdentity(privateKey, Arrays.stream(chain)
                                .map(X509Certificate.class::cast).toList());
                    }
                }
            }
            throw new IllegalArgumentException("the key store " + file + " holds no private key with a certificate");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the key store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The key managers a TLS server context is built from. */
    public KeyManagerFactory keyManagers() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, IN_MEMORY_PASSWORD, chain.toArray(Certificate[]::new));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, IN_MEMORY_PASSWORD);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the TLS key managers", e);
        }
    }
}
