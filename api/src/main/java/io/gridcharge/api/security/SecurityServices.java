package io.gridcharge.api.security;

import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.security.ChangeAuthorizationKey;
import io.gridcharge.domain.security.RecordReportedStatus;
import io.gridcharge.domain.security.RecordSecurityEvent;
import io.gridcharge.domain.security.StationCertificates;
import io.gridcharge.domain.security.StationSecurityAdministration;
import io.gridcharge.domain.security.UpgradeSecurityProfile;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The OCPP 1.6 Security Whitepaper's services the API serves; {@code rootCertificate} is the platform CA's root
 * certificate, PEM, what stations install as CentralSystemRootCertificate.
 */
public record SecurityServices(StationSecurityAdministration administration, ChangeAuthorizationKey passwords,
                               UpgradeSecurityProfile profiles, RecordSecurityEvent securityEvents,
                               RecordReportedStatus reportedStatus, StationCommands commands,
                               Supplier<String> rootCertificate, StationCertificates certificates) {
    public SecurityServices {
        Objects.requireNonNull(administration, "administration");
        Objects.requireNonNull(passwords, "passwords");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(securityEvents, "securityEvents");
        Objects.requireNonNull(reportedStatus, "reportedStatus");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(rootCertificate, "rootCertificate");
        Objects.requireNonNull(certificates, "certificates");
    }
}
