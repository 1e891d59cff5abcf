package io.gridcharge.gateway.v16;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.gateway.CommandTranslator;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v16.core.AvailabilityType;
import io.gridcharge.ocpp.v16.core.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationRequest;
import io.gridcharge.ocpp.v16.core.ClearCacheRequest;
import io.gridcharge.ocpp.v16.core.GetConfigurationRequest;
import io.gridcharge.ocpp.v16.core.GetConfigurationResponse;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionRequest;
import io.gridcharge.ocpp.v16.core.ResetRequest;
import io.gridcharge.ocpp.v16.core.ResetType;
import io.gridcharge.ocpp.v16.core.UnlockConnectorRequest;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageRequest;
import io.gridcharge.ocpp.v16.reservation.CancelReservationRequest;
import io.gridcharge.ocpp.v16.reservation.ReserveNowRequest;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's commands as OCPP 1.6 calls (§5), and the station's answers as {@link CommandReply}: the
 * status word as the station said it; GetConfiguration.conf has no status, so its reply has none (null)
 * and carries the keys instead.
 */
final class Ocpp16Commands implements CommandTranslator {

    @Override
    public String action(StationCommand command) {
        return switch (command) {
            case StationCommand.RemoteStart start -> "RemoteStartTransaction";
            case StationCommand.RemoteStop stop -> "RemoteStopTransaction";
            case StationCommand.Reset reset -> "Reset";
            case StationCommand.UnlockConnector unlock -> "UnlockConnector";
            case StationCommand.ChangeAvailability availability -> "ChangeAvailability";
            case StationCommand.ChangeConfiguration change -> "ChangeConfiguration";
            case StationCommand.GetConfiguration get -> "GetConfiguration";
            case StationCommand.ClearCache clear -> "ClearCache";
            case StationCommand.SetChargingProfile set -> "SetChargingProfile";
            case StationCommand.ClearChargingProfile clear -> "ClearChargingProfile";
            case StationCommand.GetCompositeSchedule get -> "GetCompositeSchedule";
            case StationCommand.SendLocalList update -> "SendLocalList";
            case StationCommand.GetLocalListVersion version -> "GetLocalListVersion";
            case StationCommand.UpdateFirmware update -> "UpdateFirmware";
            case StationCommand.GetDiagnostics diagnostics -> "GetDiagnostics";
            case StationCommand.ReserveNow reserve -> "ReserveNow";
            case StationCommand.CancelReservation cancel -> "CancelReservation";
            case StationCommand.TriggerMessage trigger -> "TriggerMessage";
            case StationCommand.CertificateSigned signed -> "CertificateSigned";
            case StationCommand.InstallCertificate install -> "InstallCertificate";
            case StationCommand.DeleteCertificate delete -> "DeleteCertificate";
            case StationCommand.GetInstalledCertificateIds get -> "GetInstalledCertificateIds";
            case StationCommand.ExtendedTrigger trigger -> "ExtendedTriggerMessage";
            case StationCommand.GetLog get -> "GetLog";
            case StationCommand.SignedUpdateFirmware update -> "SignedUpdateFirmware";
            case StationCommand.CostUpdated cost -> "CostUpdated";
            case StationCommand.SetDisplayMessage set -> "SetDisplayMessage";
            case StationCommand.GetDisplayMessages get -> "GetDisplayMessages";
            case StationCommand.ClearDisplayMessage clear -> "ClearDisplayMessage";
            case StationCommand.SetNetworkProfile profile -> "SetNetworkProfile";
        };
    }

    @Override
    public CompletableFuture<CommandReply> send(RpcSession session, StationCommand command) {
        return switch (command) {
            case StationCommand.RemoteStart start -> session.call(new RemoteStartTransactionRequest(
                    start.connectorId(), start.idToken().value(), start.chargingProfile() == null ? null
                            : SmartChargingCalls.profile(start.chargingProfile())))
                    .thenApply(r -> status(r.status()));
            case StationCommand.RemoteStop stop -> session.call(new RemoteStopTransactionRequest(
                    transactionId(stop.transactionId()))).thenApply(r -> status(r.status()));
            case StationCommand.Reset reset -> session.call(new ResetRequest(
                    reset.kind() == StationCommand.ResetKind.HARD ? ResetType.Hard : ResetType.Soft))
                    .thenApply(r -> status(r.status()));
            case StationCommand.UnlockConnector unlock -> session.call(new UnlockConnectorRequest(
                    unlock.connectorId())).thenApply(r -> status(r.status()));
            case StationCommand.ChangeAvailability availability -> session.call(new ChangeAvailabilityRequest(
                    availability.connectorId(),
                    availability.operative() ? AvailabilityType.Operative : AvailabilityType.Inoperative))
                    .thenApply(r -> status(r.status()));
            case StationCommand.ChangeConfiguration change -> session.call(new ChangeConfigurationRequest(
                    change.key(), change.value())).thenApply(r -> status(r.status()));
            case StationCommand.GetConfiguration get -> session.call(new GetConfigurationRequest(
                    get.keys().isEmpty() ? null : get.keys())).thenApply(Ocpp16Commands::configuration);
            case StationCommand.ClearCache clear -> session.call(new ClearCacheRequest())
                    .thenApply(r -> status(r.status()));
            case StationCommand.SetChargingProfile set -> SmartChargingCalls.setChargingProfile(session, set);
            case StationCommand.ClearChargingProfile clear -> SmartChargingCalls.clearChargingProfile(session, clear);
            case StationCommand.GetCompositeSchedule get -> SmartChargingCalls.getCompositeSchedule(session, get);
            case StationCommand.SendLocalList update -> LocalListAndFirmwareCalls.sendLocalList(session, update);
            case StationCommand.GetLocalListVersion version -> LocalListAndFirmwareCalls.getLocalListVersion(session);
            case StationCommand.UpdateFirmware update -> LocalListAndFirmwareCalls.updateFirmware(session, update);
            case StationCommand.GetDiagnostics diagnostics ->
                    LocalListAndFirmwareCalls.getDiagnostics(session, diagnostics);
            case StationCommand.ReserveNow reserve when reserve.connectorType() != null ->
                    CompletableFuture.failedFuture(new CommandFailure.Unsupported(
                            "OCPP 1.6 ReserveNow holds a connector, not a connector type"));
            case StationCommand.ReserveNow reserve -> session.call(new ReserveNowRequest(reserve.connectorId(),
                    reserve.expiresAt(), reserve.idToken().value(),
                    reserve.parentIdToken() == null ? null : reserve.parentIdToken().value(),
                    reserve.reservationId())).thenApply(r -> status(r.status()));
            case StationCommand.CancelReservation cancel -> session.call(new CancelReservationRequest(
                    cancel.reservationId())).thenApply(r -> status(r.status()));
            case StationCommand.TriggerMessage trigger -> session.call(new TriggerMessageRequest(
                    Ocpp16Mapping.messageTrigger(trigger.message()), trigger.connectorId()))
                    .thenApply(r -> status(r.status()));
            case StationCommand.CertificateSigned signed -> SecurityCalls.certificateSigned(session, signed);
            case StationCommand.InstallCertificate install -> SecurityCalls.installCertificate(session, install);
            case StationCommand.DeleteCertificate delete -> SecurityCalls.deleteCertificate(session, delete);
            case StationCommand.GetInstalledCertificateIds get -> SecurityCalls.getInstalledCertificateIds(session, get);
            case StationCommand.ExtendedTrigger trigger -> SecurityCalls.extendedTrigger(session, trigger);
            case StationCommand.GetLog get -> SecurityCalls.getLog(session, get);
            case StationCommand.SignedUpdateFirmware update -> SecurityCalls.signedUpdateFirmware(session, update);
            case StationCommand.CostUpdated cost -> CompletableFuture.failedFuture(new CommandFailure.Unsupported(
                    "CostUpdated is an OCPP 2.0.1 call; OCPP 1.6 stations have no running cost display"));
            case StationCommand.SetDisplayMessage set -> only201("SetDisplayMessage");
            case StationCommand.GetDisplayMessages get -> only201("GetDisplayMessages");
            case StationCommand.ClearDisplayMessage clear -> only201("ClearDisplayMessage");
            case StationCommand.SetNetworkProfile profile -> only201("SetNetworkProfile");
        };
    }

    /** Display messages (O) and network profiles (B09) exist from OCPP 2.0.1 on. */
    private static CompletableFuture<CommandReply> only201(String action) {
        return CompletableFuture.failedFuture(new CommandFailure.Unsupported(
                action + " is an OCPP 2.0.1 call; OCPP 1.6 stations have none"));
    }

    private static CommandReply status(Enum<?> status) {
        return CommandReply.of(WireNames.of(status));
    }

    private static CommandReply configuration(GetConfigurationResponse response) {
        List<CommandReply.ConfigurationValue> values = response.configurationKey() == null ? List.of()
                : response.configurationKey().stream()
                        .map(kv -> new CommandReply.ConfigurationValue(kv.key(), kv.readonly(), kv.value()))
                        .toList();
        return new CommandReply(null, values, response.unknownKey());
    }

    /** 1.6 transaction ids are 32-bit integers (§6.35); the platform's are 64-bit. */
    private static int transactionId(long id) {
        if (id < Integer.MIN_VALUE || id > Integer.MAX_VALUE) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "transactionId",
                    "must fit an OCPP 1.6 integer, was " + id);
        }
        return (int) id;
    }
}
