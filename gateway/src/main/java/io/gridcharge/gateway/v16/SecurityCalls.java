package io.gridcharge.gateway.v16;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.InstalledCertificates;
import io.gridcharge.domain.security.LogFile;
import io.gridcharge.domain.security.LogKind;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.domain.security.TriggerableMessage;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v16.security.CertificateHashData;
import io.gridcharge.ocpp.v16.security.CertificateSignedRequest;
import io.gridcharge.ocpp.v16.security.CertificateUse;
import io.gridcharge.ocpp.v16.security.DeleteCertificateRequest;
import io.gridcharge.ocpp.v16.security.ExtendedMessageTrigger;
import io.gridcharge.ocpp.v16.security.ExtendedTriggerMessageRequest;
import io.gridcharge.ocpp.v16.security.GetInstalledCertificateIdsRequest;
import io.gridcharge.ocpp.v16.security.GetLogRequest;
import io.gridcharge.ocpp.v16.security.HashAlgorithm;
import io.gridcharge.ocpp.v16.security.InstallCertificateRequest;
import io.gridcharge.ocpp.v16.security.LogParameters;
import io.gridcharge.ocpp.v16.security.LogType;
import io.gridcharge.ocpp.v16.security.SignedFirmware;
import io.gridcharge.ocpp.v16.security.SignedUpdateFirmwareRequest;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The platform's security-extension commands as OCPP 1.6 Security Whitepaper calls; used by {@link Ocpp16Commands}. */
final class SecurityCalls {
    private SecurityCalls() {
    }

    static CompletableFuture<CommandReply> certificateSigned(RpcSession session,
                                                             StationCommand.CertificateSigned signed) {
        return session.call(new CertificateSignedRequest(signed.certificateChain())).thenApply(r -> status(r.status()));
    }

    static CompletableFuture<CommandReply> installCertificate(RpcSession session,
                                                              StationCommand.InstallCertificate install) {
        return session.call(new InstallCertificateRequest(use(install.kind()), install.certificate()))
                .thenApply(r -> status(r.status()));
    }

    static CompletableFuture<CommandReply> deleteCertificate(RpcSession session,
                                                             StationCommand.DeleteCertificate delete) {
        CertificateId id = delete.certificate();
        return session.call(new DeleteCertificateRequest(new CertificateHashData(
                HashAlgorithm.valueOf(id.hashAlgorithm()), id.issuerNameHash(), id.issuerKeyHash(),
                id.serialNumber()))).thenApply(r -> status(r.status()));
    }

    static CompletableFuture<CommandReply> getInstalledCertificateIds(RpcSession session,
                                                                      StationCommand.GetInstalledCertificateIds get) {
        return session.call(new GetInstalledCertificateIdsRequest(use(get.kind()))).thenApply(r -> {
            List<CertificateId> ids = r.certificateHashData() == null ? List.of() : r.certificateHashData().stream()
                    .map(h -> new CertificateId(h.hashAlgorithm().name(), h.issuerNameHash(), h.issuerKeyHash(),
                            h.serialNumber()))
                    .toList();
            return CommandReply.of(r.status().name(), new InstalledCertificates(ids));
        });
    }

    static CompletableFuture<CommandReply> extendedTrigger(RpcSession session, StationCommand.ExtendedTrigger trigger) {
        return session.call(new ExtendedTriggerMessageRequest(message(trigger.message()), trigger.connectorId()))
                .thenApply(r -> status(r.status()));
    }

    static CompletableFuture<CommandReply> getLog(RpcSession session, StationCommand.GetLog get) {
        return session.call(new GetLogRequest(get.kind() == LogKind.SECURITY ? LogType.SecurityLog
                        : LogType.DiagnosticsLog, get.requestId(), get.retries(), get.retryInterval(),
                        new LogParameters(get.location(), get.oldest(), get.latest())))
                .thenApply(r -> CommandReply.of(r.status().name(), new LogFile(r.filename())));
    }

    static CompletableFuture<CommandReply> signedUpdateFirmware(RpcSession session,
                                                                StationCommand.SignedUpdateFirmware update) {
        return session.call(new SignedUpdateFirmwareRequest(update.retries(), update.retryInterval(),
                        update.requestId(), new SignedFirmware(update.location(), update.retrieveAt(),
                        update.installAt(), update.signingCertificate(), update.signature())))
                .thenApply(r -> status(r.status()));
    }

    /** The whitepaper knows two kinds; the ISO 15118 ones exist on 2.0.1 stations only, and a kind is required. */
    private static CertificateUse use(RootCertificateKind kind) {
        if (kind == null) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "certificateType",
                    "is required for an OCPP 1.6 station");
        }
        return switch (kind) {
            case CENTRAL_SYSTEM_ROOT -> CertificateUse.CentralSystemRootCertificate;
            case MANUFACTURER_ROOT -> CertificateUse.ManufacturerRootCertificate;
            case V2G_ROOT, MO_ROOT, V2G_CERTIFICATE_CHAIN -> throw new PayloadViolation(
                    ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "certificateType",
                    "is an ISO 15118 certificate type, which OCPP 1.6 stations do not know");
        };
    }

    private static ExtendedMessageTrigger message(TriggerableMessage message) {
        return switch (message) {
            case BOOT_NOTIFICATION -> ExtendedMessageTrigger.BootNotification;
            case LOG_STATUS_NOTIFICATION -> ExtendedMessageTrigger.LogStatusNotification;
            case FIRMWARE_STATUS_NOTIFICATION -> ExtendedMessageTrigger.FirmwareStatusNotification;
            case HEARTBEAT -> ExtendedMessageTrigger.Heartbeat;
            case METER_VALUES -> ExtendedMessageTrigger.MeterValues;
            case SIGN_CHARGE_POINT_CERTIFICATE -> ExtendedMessageTrigger.SignChargePointCertificate;
            case STATUS_NOTIFICATION -> ExtendedMessageTrigger.StatusNotification;
            case SIGN_V2G_CERTIFICATE, SIGN_COMBINED_CERTIFICATE -> throw new PayloadViolation(
                    ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "requestedMessage",
                    "asks for an ISO 15118 certificate, which OCPP 1.6 stations do not request");
        };
    }

    private static CommandReply status(Enum<?> status) {
        return CommandReply.of(status.name());
    }
}
