package io.gridcharge.domain.security;

import io.gridcharge.domain.command.CommandResult;
import java.util.List;

/** A station's answer to GetInstalledCertificateIds: the certificates of the kind asked for. */
public record InstalledCertificates(List<CertificateId> certificates) implements CommandResult {
    public InstalledCertificates {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }
}
