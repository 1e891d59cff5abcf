package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.util.Set;

/**
 * Names a certificate installed on a station the way the whitepaper's CertificateHashDataType does: the hash
 * algorithm, the hex hashes of the issuer's name and public key, and the serial number in hex.
 */
public record CertificateId(String hashAlgorithm, String issuerNameHash, String issuerKeyHash,
                            String serialNumber) {
    private static final Set<String> ALGORITHMS = Set.of("SHA256", "SHA384", "SHA512");

    public CertificateId {
        Require.present(hashAlgorithm, "hashAlgorithm");
        if (!ALGORITHMS.contains(hashAlgorithm)) {
            throw new InvalidInput("hashAlgorithm", "must be SHA256, SHA384 or SHA512");
        }
        Require.text(issuerNameHash, 128, "issuerNameHash");
        Require.text(issuerKeyHash, 128, "issuerKeyHash");
        Require.text(serialNumber, 40, "serialNumber");
    }
}
