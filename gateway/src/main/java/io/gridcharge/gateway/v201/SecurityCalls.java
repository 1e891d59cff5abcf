package io.gridcharge.gateway.v201;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.ChangeAuthorizationKey;
import io.gridcharge.domain.security.InstalledCertificates;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v201.iso15118.CertificateHashDataChainType;
import io.gridcharge.ocpp.v201.iso15118.DeleteCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateIdUseEnumType;
import io.gridcharge.ocpp.v201.iso15118.GetInstalledCertificateIdsRequest;
import io.gridcharge.ocpp.v201.iso15118.GetInstalledCertificateIdsResponse;
import io.gridcharge.ocpp.v201.iso15118.InstallCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.InstallCertificateUseEnumType;
import io.gridcharge.ocpp.v201.provisioning.AttributeEnumType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesRequest;
import io.gridcharge.ocpp.v201.security.CertificateSignedRequest;
import io.gridcharge.ocpp.v201.security.CertificateSigningUseEnumType;
import io.gridcharge.ocpp.v201.types.CertificateHashDataType;
import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.HashAlgorithmEnumType;
import io.gridcharge.ocpp.v201.types.VariableType;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's certificate commands as OCPP 2.0.1 calls (A02/A03 CertificateSigned, M03 GetInstalledCertificateIds,
 * M04 DeleteCertificate, M05 InstallCertificate); the same domain commands as the 1.6 Security Whitepaper's, so
 * the same API endpoints serve both versions. Used by {@link Ocpp201Commands}.
 */
final class SecurityCalls {
    private static final String SECURITY_CONTROLLER = "SecurityCtrlr";
    private static final String BASIC_AUTH_PASSWORD = "BasicAuthPassword";

    private SecurityCalls() {
    }

    static CompletableFuture<CommandReply> certificateSigned(RpcSession session,
                                                             StationCommand.CertificateSigned signed) {
        CertificateSigningUseEnumType use = signed.use() == null ? null : switch (signed.use()) {
            case CHARGING_STATION -> CertificateSigningUseEnumType.ChargingStationCertificate;
            case V2G -> CertificateSigningUseEnumType.V2GCertificate;
        };
        return session.call(new CertificateSignedRequest(signed.certificateChain(), use, null))
                .thenApply(r -> status(r.status()));
    }

    /** The 1.6 AuthorizationKey (ChangeAuthorizationKey) is 2.0.1's SecurityCtrlr.BasicAuthPassword. */
    static boolean isBasicAuthPassword(StationCommand.ChangeConfiguration change) {
        return ChangeAuthorizationKey.KEY.equals(change.key());
    }

    /**
     * A01.FR.02: SetVariables of SecurityCtrlr.BasicAuthPassword. 1.6 sends the password hex-encoded; 2.0.1 sets
     * the password itself, the one the station then puts in its Basic credentials.
     */
    static CompletableFuture<CommandReply> setBasicAuthPassword(RpcSession session,
                                                                StationCommand.ChangeConfiguration change) {
        String password = new String(HexFormat.of().parseHex(change.value()), StandardCharsets.UTF_8);
        return session.call(new SetVariablesRequest(List.of(new SetVariableDataType(AttributeEnumType.Actual,
                        password, ComponentType.of(SECURITY_CONTROLLER), new VariableType(BASIC_AUTH_PASSWORD, null,
                        null), null)), null))
                .thenApply(r -> status(r.setVariableResult().getFirst().attributeStatus()));
    }

    static CompletableFuture<CommandReply> installCertificate(RpcSession session,
                                                              StationCommand.InstallCertificate install) {
        InstallCertificateUseEnumType use = switch (install.kind()) {
            case CENTRAL_SYSTEM_ROOT -> InstallCertificateUseEnumType.CSMSRootCertificate;
            case MANUFACTURER_ROOT -> InstallCertificateUseEnumType.ManufacturerRootCertificate;
            case V2G_ROOT -> InstallCertificateUseEnumType.V2GRootCertificate;
            case MO_ROOT -> InstallCertificateUseEnumType.MORootCertificate;
            // StationCommand.InstallCertificate refuses it: a chain arrives with CertificateSigned.
            case V2G_CERTIFICATE_CHAIN -> throw new IllegalArgumentException("a V2G chain is not installed");
        };
        return session.call(InstallCertificateRequest.of(use, install.certificate()))
                .thenApply(r -> status(r.status()));
    }

    static CompletableFuture<CommandReply> deleteCertificate(RpcSession session,
                                                             StationCommand.DeleteCertificate delete) {
        CertificateId id = delete.certificate();
        return session.call(DeleteCertificateRequest.of(CertificateHashDataType.of(
                        HashAlgorithmEnumType.valueOf(id.hashAlgorithm()), id.issuerNameHash(), id.issuerKeyHash(),
                        id.serialNumber())))
                .thenApply(r -> status(r.status()));
    }

    /**
     * M03: no kind asks for every kind (TC_M_18), several for each of them (TC_M_17); the answer keeps each
     * certificate's kind and children.
     */
    static CompletableFuture<CommandReply> getInstalledCertificateIds(RpcSession session,
                                                                      StationCommand.GetInstalledCertificateIds get) {
        List<GetCertificateIdUseEnumType> types = get.kinds().isEmpty() ? null
                : get.kinds().stream().map(SecurityCalls::use).toList();
        return session.call(new GetInstalledCertificateIdsRequest(types, null))
                .thenApply(SecurityCalls::installed);
    }

    private static CommandReply installed(GetInstalledCertificateIdsResponse response) {
        List<InstalledCertificates.Chain> chains = response.certificateHashDataChain() == null ? List.of()
                : response.certificateHashDataChain().stream().map(SecurityCalls::chain).toList();
        return CommandReply.of(WireNames.of(response.status()), InstalledCertificates.ofChains(chains));
    }

    private static InstalledCertificates.Chain chain(CertificateHashDataChainType chain) {
        List<CertificateId> children = chain.childCertificateHashData() == null ? List.of()
                : chain.childCertificateHashData().stream().map(SecurityCalls::id).toList();
        return new InstalledCertificates.Chain(kind(chain.certificateType()), id(chain.certificateHashData()),
                children);
    }

    private static CertificateId id(CertificateHashDataType hash) {
        return new CertificateId(hash.hashAlgorithm().name(), hash.issuerNameHash(), hash.issuerKeyHash(),
                hash.serialNumber());
    }

    private static GetCertificateIdUseEnumType use(RootCertificateKind kind) {
        return switch (kind) {
            case CENTRAL_SYSTEM_ROOT -> GetCertificateIdUseEnumType.CSMSRootCertificate;
            case MANUFACTURER_ROOT -> GetCertificateIdUseEnumType.ManufacturerRootCertificate;
            case V2G_ROOT -> GetCertificateIdUseEnumType.V2GRootCertificate;
            case MO_ROOT -> GetCertificateIdUseEnumType.MORootCertificate;
            case V2G_CERTIFICATE_CHAIN -> GetCertificateIdUseEnumType.V2GCertificateChain;
        };
    }

    private static RootCertificateKind kind(GetCertificateIdUseEnumType use) {
        return switch (use) {
            case CSMSRootCertificate -> RootCertificateKind.CENTRAL_SYSTEM_ROOT;
            case ManufacturerRootCertificate -> RootCertificateKind.MANUFACTURER_ROOT;
            case V2GRootCertificate -> RootCertificateKind.V2G_ROOT;
            case MORootCertificate -> RootCertificateKind.MO_ROOT;
            case V2GCertificateChain -> RootCertificateKind.V2G_CERTIFICATE_CHAIN;
        };
    }

    private static CommandReply status(Enum<?> status) {
        return CommandReply.of(WireNames.of(status));
    }
}
