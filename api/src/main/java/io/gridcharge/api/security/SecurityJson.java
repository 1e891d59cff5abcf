package io.gridcharge.api.security;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.InstalledCertificates;
import io.gridcharge.domain.security.NetworkProfile;
import io.gridcharge.domain.security.ReportedStatus;
import io.gridcharge.domain.security.SecurityEvent;
import io.gridcharge.domain.security.SecurityProfile;
import io.gridcharge.domain.security.StationCertificate;
import io.gridcharge.domain.security.StationSecurity;
import io.gridcharge.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.List;

/** The JSON of the security endpoints: requests as they arrive, views as they leave. */
final class SecurityJson {
    private SecurityJson() {
    }

    record ProfileRequest(Integer securityProfile) {
    }

    record PasswordRequest(String password) {
    }

    record InstallCertificateRequest(String certificateType, String certificate) {
    }

    /** One type, or several (OCPP 2.0.1 GetInstalledCertificateIds takes a list); neither: every type. */
    record CertificateTypeRequest(String certificateType, List<String> certificateTypes) {
    }

    record CertificateHashData(String hashAlgorithm, String issuerNameHash, String issuerKeyHash,
                               String serialNumber) {
        static CertificateHashData of(CertificateId id) {
            return new CertificateHashData(id.hashAlgorithm(), id.issuerNameHash(), id.issuerKeyHash(),
                    id.serialNumber());
        }
    }

    record ExtendedTriggerRequest(String requestedMessage, Integer connectorId) {
    }

    record GetLogRequest(String logType, Integer requestId, String remoteLocation, Instant oldestTimestamp,
                         Instant latestTimestamp, Integer retries, Integer retryInterval) {
    }

    record StationSecurityView(String stationId, int securityProfile, boolean passwordChangePending,
                               Instant updatedAt) {
        static StationSecurityView of(StationSecurity security) {
            return new StationSecurityView(security.stationId().value(), security.profile().number(),
                    security.pendingPasswordHash() != null, security.updatedAt());
        }
    }

    record SecurityEventView(long id, String stationId, String type, Instant timestamp, String techInfo,
                             boolean critical, Instant receivedAt) {
        static SecurityEventView of(SecurityEvent event) {
            return new SecurityEventView(event.id(), event.stationId().value(), event.type(), event.occurredAt(),
                    event.techInfo(), event.critical(), event.receivedAt());
        }
    }

    record ReportedStatusView(long id, String stationId, String status, Integer requestId, Instant receivedAt) {
        static ReportedStatusView of(ReportedStatus status) {
            return new ReportedStatusView(status.id(), status.stationId().value(), status.status(),
                    status.requestId(), status.receivedAt());
        }
    }

    /** {@code chains}: what a 2.0.1 station said of each certificate's type and children (empty for 1.6). */
    record InstalledCertificatesView(String status, List<CertificateHashData> certificates,
                                     List<CertificateChainView> chains) {
        static InstalledCertificatesView of(String status, InstalledCertificates installed) {
            return new InstalledCertificatesView(status, installed == null ? List.of()
                    : installed.certificates().stream().map(CertificateHashData::of).toList(),
                    installed == null ? List.of() : installed.chains().stream().map(CertificateChainView::of).toList());
        }
    }

    record CertificateChainView(String certificateType, CertificateHashData certificateHashData,
                                List<CertificateHashData> childCertificateHashData) {
        static CertificateChainView of(InstalledCertificates.Chain chain) {
            return new CertificateChainView(Vocabulary.ROOT_CERTIFICATE_KIND.name(chain.kind()),
                    CertificateHashData.of(chain.certificate()),
                    chain.children().stream().map(CertificateHashData::of).toList());
        }
    }

    /**
     * {@code source}: Issued (by the platform CA), Installed (accepted in an InstallCertificate) or Reported (in
     * the station's last GetInstalledCertificateIds answer).
     */
    record StationCertificateView(long id, String source, String certificateType, String use,
                                  CertificateHashData certificateHashData, String serialNumber, String certificate,
                                  Instant notAfter, Instant recordedAt) {
        static StationCertificateView of(StationCertificate certificate) {
            return new StationCertificateView(certificate.id(), switch (certificate.source()) {
                case ISSUED -> "Issued";
                case INSTALLED -> "Installed";
                case REPORTED -> "Reported";
            }, Vocabulary.ROOT_CERTIFICATE_KIND.name(certificate.kind()), certificate.use() == null ? null
                    : switch (certificate.use()) {
                        case CHARGING_STATION -> "ChargingStationCertificate";
                        case V2G -> "V2GCertificate";
                    }, certificate.hashData() == null ? null : CertificateHashData.of(certificate.hashData()),
                    certificate.serialNumber(), certificate.pem(), certificate.notAfter(), certificate.recordedAt());
        }
    }

    record SetNetworkProfileRequest(Integer configurationSlot, ConnectionData connectionData) {
    }

    /** OCPP 2.0.1 NetworkConnectionProfileType; ocppVersion and ocppTransport are OCPP20 and JSON, the platform's. */
    record ConnectionData(String ocppCsmsUrl, Integer messageTimeout, Integer securityProfile, String ocppInterface,
                          Apn apn, Vpn vpn) {
        NetworkProfile profile() {
            if (messageTimeout == null) {
                throw new InvalidInput("connectionData.messageTimeout", "is required");
            }
            if (securityProfile == null) {
                throw new InvalidInput("connectionData.securityProfile", "is required");
            }
            SecurityProfile profile;
            try {
                profile = SecurityProfile.of(securityProfile);
            } catch (InvalidInput e) {
                throw new InvalidInput("connectionData.securityProfile", e.rule());
            }
            try {
                return new NetworkProfile(ocppCsmsUrl, messageTimeout, profile, ocppInterface,
                        apn == null ? null : apn.value(), vpn == null ? null : vpn.value());
            } catch (InvalidInput e) {
                throw new InvalidInput("connectionData." + e.field(), e.rule());
            }
        }
    }

    /** The password and SIM PIN are write-only: no view shows them. */
    record Apn(String apn, String apnUserName, String apnPassword, Integer simPin, String preferredNetwork,
               Boolean useOnlyPreferredNetwork, String apnAuthentication) {
        NetworkProfile.Apn value() {
            return new NetworkProfile.Apn(apn, apnUserName, apnPassword, simPin, preferredNetwork,
                    Boolean.TRUE.equals(useOnlyPreferredNetwork), apnAuthentication);
        }

        @Override
        public String toString() {
            return value().toString();
        }
    }

    record Vpn(String server, String user, String group, String password, String key, String type) {
        NetworkProfile.Vpn value() {
            return new NetworkProfile.Vpn(server, user, group, password, key, type);
        }

        @Override
        public String toString() {
            return "Vpn[" + server + ", user " + user + ", password and key hidden]";
        }
    }

    record SignedUpdateFirmwareRequest(Integer requestId, String location, Instant retrieveDateTime,
                                       Instant installDateTime, String signingCertificate, String signature,
                                       Integer retries, Integer retryInterval) {
    }

    record LogRequestedView(String status, String filename) {
    }

    record StatusView(String status) {
    }
}
