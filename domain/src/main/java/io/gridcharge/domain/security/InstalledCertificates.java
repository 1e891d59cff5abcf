package io.gridcharge.domain.security;

import io.gridcharge.domain.command.CommandResult;
import io.gridcharge.domain.shared.Require;
import java.util.List;
import java.util.stream.Stream;

/**
 * A station's answer to GetInstalledCertificateIds: the certificates of the kind asked for. A 2.0.1 station says
 * each certificate's kind and, for a V2G certificate chain, the sub-CAs under it (M03); {@code chains} holds
 * that, and {@code certificates} every certificate of it, children included, as a 1.6 station lists them.
 */
public record InstalledCertificates(List<CertificateId> certificates, List<Chain> chains) implements CommandResult {
    public InstalledCertificates {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        chains = chains == null ? List.of() : List.copyOf(chains);
    }

    public InstalledCertificates(List<CertificateId> certificates) {
        this(certificates, List.of());
    }

    /** Built from a 2.0.1 answer: the chains, and every certificate in them in order. */
    public static InstalledCertificates ofChains(List<Chain> chains) {
        List<CertificateId> all = chains.stream()
                .flatMap(chain -> Stream.concat(Stream.of(chain.certificate()), chain.children().stream()))
                .toList();
        return new InstalledCertificates(all, chains);
    }

    /** One installed certificate of a kind, with the child certificates a V2G chain holds. */
    public record Chain(RootCertificateKind kind, CertificateId certificate, List<CertificateId> children) {
        public Chain {
            Require.present(kind, "certificateType");
            Require.present(certificate, "certificateHashData");
            children = children == null ? List.of() : List.copyOf(children);
        }
    }
}
