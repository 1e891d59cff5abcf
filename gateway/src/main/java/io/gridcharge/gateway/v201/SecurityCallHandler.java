package io.gridcharge.gateway.v201;

import io.gridcharge.domain.authorization.ContractCertificates;
import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.CertificateSigningUse;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.ocpp.v201.authorization.AuthorizeCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.authorization.AuthorizeRequest;
import io.gridcharge.ocpp.v201.iso15118.Get15118EVCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.Get15118EVCertificateResponse;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusRequest;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusResponse;
import io.gridcharge.ocpp.v201.iso15118.Iso15118EVCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.security.SignCertificateRequest;
import io.gridcharge.ocpp.v201.security.SignCertificateResponse;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import io.gridcharge.ocpp.v201.types.OCSPRequestDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificate calls a 2.0.1 station sends (A02/A03 SignCertificate, M01/M02 Get15118EVCertificate, M06
 * GetCertificateStatus) and the contract certificate an Authorize carries (C07); used by
 * {@link Ocpp201CallHandler}.
 *
 * <p>The platform reaches no contract certificate pool (no ISO 15118 certificate provisioning service) and no
 * OCSP responder but its own CA, so it answers Get15118EVCertificate, and the status of a certificate its CA did
 * not issue, Failed with a reason, as the spec lets a CSMS that cannot get the answer do; see
 * docs/design-notes.md. To authorize an EV by its contract certificate (C07) it asks that certificate's OCSP
 * responder.
 */
final class SecurityCallHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityCallHandler.class);
    /** StatusInfoType.reasonCode is at most 20 characters. */
    private static final StatusInfoType NO_CONTRACT_POOL = new StatusInfoType("NoContractPool",
            "this CSMS reaches no ISO 15118 contract certificate pool", null);
    private static final StatusInfoType NO_OCSP_RESPONDER = new StatusInfoType("NoOcspResponder",
            "not issued by the platform CA, and this CSMS reaches no other OCSP responder", null);

    private final StationId station;
    private final Ocpp201PlatformServices services;

    SecurityCallHandler(StationId station, Ocpp201PlatformServices services) {
        this.station = station;
        this.services = services;
    }

    /** A02/A03: Accepted when the platform CA signed the request; CertificateSigned of the same type follows. */
    SignCertificateResponse signCertificate(SignCertificateRequest request) {
        CertificateSigningUse use = request.certificateType() == null ? null : switch (request.certificateType()) {
            case ChargingStationCertificate -> CertificateSigningUse.CHARGING_STATION;
            case V2GCertificate -> CertificateSigningUse.V2G;
        };
        boolean accepted = services.certificates().request(station, request.csr(), use);
        return SignCertificateResponse.of(accepted ? GenericStatusEnumType.Accepted : GenericStatusEnumType.Rejected);
    }

    /**
     * M01/M02: Failed, since no contract certificate pool is reachable. exiResponse is required by the schema even
     * then; no EXI CertificateInstallationRes can be made without the pool, so it is empty.
     */
    Get15118EVCertificateResponse get15118EvCertificate(Get15118EVCertificateRequest request) {
        LOG.info("station {}: ISO 15118 contract certificate {} for schema {} asked, answered Failed (no pool)",
                station, request.action(), request.iso15118SchemaVersion());
        return new Get15118EVCertificateResponse(Iso15118EVCertificateStatusEnumType.Failed, NO_CONTRACT_POOL, "",
                null);
    }

    /**
     * C07: the EV's contract certificate, as a chain (central validation) or the OCSP data of a chain the station
     * checked (local validation); null when the Authorize carries neither.
     */
    AuthorizeCertificateStatusEnumType contractCertificate(AuthorizeRequest request) {
        ContractCertificates.Presented presented;
        if (request.iso15118CertificateHashData() != null) {
            presented = new ContractCertificates.OcspData(request.iso15118CertificateHashData().stream()
                    .map(data -> new ContractCertificates.OcspRequest(data.hashAlgorithm().name(),
                            data.issuerNameHash(), data.issuerKeyHash(), data.serialNumber(), data.responderURL()))
                    .toList());
        } else if (request.certificate() != null) {
            presented = new ContractCertificates.Chain(request.certificate());
        } else {
            return null;
        }
        ContractCertificates.Status status = services.contracts().check(presented);
        LOG.info("station {}: an EV's contract certificate is {}", station, status);
        return switch (status) {
            case ACCEPTED -> AuthorizeCertificateStatusEnumType.Accepted;
            case SIGNATURE_ERROR -> AuthorizeCertificateStatusEnumType.SignatureError;
            case CERTIFICATE_EXPIRED -> AuthorizeCertificateStatusEnumType.CertificateExpired;
            case CERTIFICATE_REVOKED -> AuthorizeCertificateStatusEnumType.CertificateRevoked;
            case CERT_CHAIN_ERROR -> AuthorizeCertificateStatusEnumType.CertChainError;
        };
    }

    /**
     * M06: the platform CA answers for the certificates it issued (M06.FR.02, its signed OCSP response); for another
     * issuer's, Failed, since no other OCSP responder is reachable from the platform.
     */
    GetCertificateStatusResponse getCertificateStatus(GetCertificateStatusRequest request) {
        OCSPRequestDataType asked = request.ocspRequestData();
        Optional<String> ocsp = services.certificates().certificateStatus(new CertificateId(
                asked.hashAlgorithm().name(), asked.issuerNameHash(), asked.issuerKeyHash(), asked.serialNumber()));
        if (ocsp.isPresent()) {
            LOG.info("station {}: OCSP status of certificate {} answered by the platform CA", station,
                    asked.serialNumber());
            return new GetCertificateStatusResponse(GetCertificateStatusEnumType.Accepted, null, ocsp.get(), null);
        }
        LOG.info("station {}: OCSP status of certificate {} at {} asked, answered Failed (not the platform CA's)",
                station, asked.serialNumber(), asked.responderURL());
        return new GetCertificateStatusResponse(GetCertificateStatusEnumType.Failed, NO_OCSP_RESPONDER, null, null);
    }
}
