package io.gridcharge.domain.security;

import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A station asks for a certificate (SignCertificate.req, OCPP 1.6 Security Whitepaper A02/A03): the platform's
 * CA signs its request at once, the station hears Accepted, and the certificate chain follows in a
 * CertificateSigned.req. That call is handed to {@code afterAnswer}, an executor the composition root gives a
 * short delay, so that it leaves after the SignCertificate.conf rather than racing it. A request the CA cannot
 * sign is answered Rejected and nothing follows.
 */
public final class SignStationCertificate {
    private static final Logger LOG = Logger.getLogger(SignStationCertificate.class.getName());

    private final CertificateAuthority authority;
    private final StationCommands commands;
    private final Executor afterAnswer;
    private final StationCertificates issuedTo;

    public SignStationCertificate(CertificateAuthority authority, StationCommands commands, Executor afterAnswer) {
        this(authority, commands, afterAnswer, null);
    }

    /** Keeping each certificate issued among the station's certificates in {@code issuedTo}. */
    public SignStationCertificate(CertificateAuthority authority, StationCommands commands, Executor afterAnswer,
                                  StationCertificates issuedTo) {
        this.authority = authority;
        this.commands = commands;
        this.afterAnswer = afterAnswer;
        this.issuedTo = issuedTo;
    }

    /** True when the request was signed and the certificate is on its way. */
    public boolean request(StationId station, String csrPem) {
        return request(station, csrPem, null);
    }

    /**
     * As {@link #request(StationId, String)}, for a 2.0.1 station that says what the certificate is for (A02/A03):
     * the CertificateSigned that follows names the same use. The platform CA signs both uses, a V2G certificate
     * through its V2G sub-CA; it is trusted by whoever installs the platform's root as their V2G root (see
     * docs/design-notes.md).
     */
    public boolean request(StationId station, String csrPem, CertificateSigningUse use) {
        IssuedCertificate issued;
        try {
            issued = use == CertificateSigningUse.V2G ? authority.signV2gCertificate(station, csrPem)
                    : authority.signStationCertificate(station, csrPem);
        } catch (InvalidInput invalid) {
            LOG.warning(() -> "station " + station + ": certificate request rejected, " + invalid.getMessage());
            return false;
        }
        LOG.info(() -> "station " + station + ": issued certificate " + issued.serialNumber() + " valid until "
                + issued.notAfter());
        if (issuedTo != null) {
            issuedTo.issued(station, use, issued);
        }
        afterAnswer.execute(() -> commands.send(station,
                        new StationCommand.CertificateSigned(issued.certificateChainPem(), use))
                .whenComplete((reply, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "station " + station + ": CertificateSigned failed", failure);
                    } else {
                        LOG.info(() -> "station " + station + ": answered CertificateSigned " + reply.status());
                    }
                }));
        return true;
    }

    /**
     * OCPP 2.0.1 M06: the status of a certificate this platform's CA issued, as its signed OCSP response; empty for
     * a certificate of another issuer.
     */
    public Optional<String> certificateStatus(CertificateId certificate) {
        return authority.certificateStatus(certificate);
    }
}
