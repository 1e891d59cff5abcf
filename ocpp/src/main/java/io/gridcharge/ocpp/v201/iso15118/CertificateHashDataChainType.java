package io.gridcharge.ocpp.v201.iso15118;

import io.gridcharge.ocpp.v201.types.CertificateHashDataType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 CertificateHashDataChainType: an installed certificate's hash data with those of its child
 * certificates (M03).
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CertificateHashDataChainType(
        CertificateHashDataType certificateHashData,
        GetCertificateIdUseEnumType certificateType,
        List<CertificateHashDataType> childCertificateHashData,
        CustomDataType customData) {

    public CertificateHashDataChainType {
        Require.present(certificateHashData, "certificateHashData");
        Require.present(certificateType, "certificateType");
        childCertificateHashData = Require.size(childCertificateHashData, 1, 4, "childCertificateHashData");
    }

    /** The required fields only. */
    public static CertificateHashDataChainType of(
            CertificateHashDataType certificateHashData,
            GetCertificateIdUseEnumType certificateType) {
        return new CertificateHashDataChainType(certificateHashData, certificateType, null, null);
    }
}
