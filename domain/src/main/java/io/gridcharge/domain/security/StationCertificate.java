package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * A certificate the platform knows a station holds: one its CA issued to the station, a root the station
 * accepted to install, or one the station listed when asked (GetInstalledCertificateIds).
 *
 * @param kind        the kind of an installed or reported certificate; null for an issued one
 * @param use         what an issued certificate is for; null when the station did not say (1.6: its client
 *                    certificate) and for the other sources
 * @param hashData    how the station names a reported certificate; null for the other sources
 * @param serialNumber the serial number (hex) of an issued certificate, or of a reported one
 * @param pem         the certificate (an issued one: its chain) where the platform had it in hand
 * @param notAfter    when an issued certificate expires
 */
public record StationCertificate(long id, StationId stationId, Source source, RootCertificateKind kind,
                                 CertificateSigningUse use, CertificateId hashData, String serialNumber, String pem,
                                 Instant notAfter, Instant recordedAt) {
    public enum Source {
        /** The platform CA signed it for the station (SignCertificate, A02/A03). */
        ISSUED,
        /** The station accepted it in an InstallCertificate (M05; 1.6 whitepaper). */
        INSTALLED,
        /** The station listed it when last asked (GetInstalledCertificateIds, M03). */
        REPORTED
    }

    public StationCertificate {
        Require.present(stationId, "stationId");
        Require.present(source, "source");
        Require.present(recordedAt, "recordedAt");
        if ((source == Source.ISSUED) != (kind == null)) {
            throw new InvalidInput("kind", "an issued certificate has no kind, the others have one");
        }
        if (source == Source.REPORTED && hashData == null) {
            throw new InvalidInput("hashData", "a reported certificate is named by its hash data");
        }
    }
}
