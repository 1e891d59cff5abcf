package io.gridcharge.domain.authorization;

import io.gridcharge.domain.shared.Require;
import java.util.List;

/**
 * OCPP 2.0.1 C07 (ISO 15118 Plug and Charge): may the contract certificate an EV presented stand for its eMAID?
 * The station sends either the certificate chain itself (central validation, C07.FR.05) or, having checked the
 * chain, only the data an OCSP responder needs (local validation); either way the platform, which keeps no
 * revocation list of its own, asks the certificate's OCSP responder (C07.FR.04, C07.FR.16).
 */
public interface ContractCertificates {

    /** The verdict, named as OCPP 2.0.1 AuthorizeCertificateStatusEnumType names it. */
    enum Status { ACCEPTED, SIGNATURE_ERROR, CERTIFICATE_EXPIRED, CERTIFICATE_REVOKED, CERT_CHAIN_ERROR }

    /** What the station presented: a PEM chain (leaf first), or OCSP request data of the leaf. */
    sealed interface Presented permits Chain, OcspData {
    }

    record Chain(String pem) implements Presented {
        public Chain {
            Require.text(pem, 5500, "certificate");
        }
    }

    /** One entry per certificate of the chain the station checked; hashes and serial number in hex. */
    record OcspData(List<OcspRequest> requests) implements Presented {
        public OcspData {
            requests = List.copyOf(requests);
            if (requests.isEmpty()) {
                throw new IllegalArgumentException("iso15118CertificateHashData: at least one entry");
            }
        }
    }

    /** {@code hashAlgorithm} is SHA256, SHA384 or SHA512, as 2.0.1 HashAlgorithmEnumType names them. */
    record OcspRequest(String hashAlgorithm, String issuerNameHash, String issuerKeyHash, String serialNumber,
                       String responderUrl) {
    }

    Status check(Presented presented);
}
