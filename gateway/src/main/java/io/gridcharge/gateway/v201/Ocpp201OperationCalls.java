package io.gridcharge.gateway.v201;

import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.firmware.DiagnosticsFile;
import io.gridcharge.domain.firmware.FirmwareRequest;
import io.gridcharge.domain.localauth.LocalListEntry;
import io.gridcharge.domain.localauth.LocalListVersion;
import io.gridcharge.domain.security.LogFile;
import io.gridcharge.domain.security.LogKind;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v201.diagnostics.GetLogRequest;
import io.gridcharge.ocpp.v201.diagnostics.LogEnumType;
import io.gridcharge.ocpp.v201.diagnostics.LogParametersType;
import io.gridcharge.ocpp.v201.firmware.FirmwareType;
import io.gridcharge.ocpp.v201.firmware.UpdateFirmwareRequest;
import io.gridcharge.ocpp.v201.localauth.AuthorizationData;
import io.gridcharge.ocpp.v201.localauth.GetLocalListVersionRequest;
import io.gridcharge.ocpp.v201.localauth.SendLocalListRequest;
import io.gridcharge.ocpp.v201.localauth.UpdateEnumType;
import io.gridcharge.ocpp.v201.reservation.CancelReservationRequest;
import io.gridcharge.ocpp.v201.reservation.ConnectorEnumType;
import io.gridcharge.ocpp.v201.reservation.ReserveNowRequest;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The local list (D), reservation (H), firmware (L) and log (N01) commands as OCPP 2.0.1 calls, and their
 * answers as the 1.6 ones are answered, so that the same domain services serve both versions:
 * <ul>
 * <li>SendLocalList: an empty full list is sent without localAuthorizationList (D01: that clears the list);
 * each token leaves with its own type.</li>
 * <li>ReserveNow: connector 0 (any) is a reservation without evseId, of an unspecified EVSE (H01); the parent
 * token is the groupIdToken.</li>
 * <li>UpdateFirmware: 2.0.1 has one UpdateFirmware, the signed form of 1.6's security extension (L01), the
 * signature optional; 1.6's plain UpdateFirmware becomes one without a signature and with a random
 * requestId, given back with the station's answer.</li>
 * <li>GetDiagnostics: 2.0.1 has none; its logs are GetLog DiagnosticsLog (N01), whose file name answers as
 * GetDiagnostics' does.</li>
 * </ul>
 */
final class Ocpp201OperationCalls {

    private Ocpp201OperationCalls() {
    }

    static CompletableFuture<CommandReply> sendLocalList(RpcSession session, StationCommand.SendLocalList update,
                                                         AuthorizeToken tokens) {
        List<AuthorizationData> entries = update.entries().stream().map(entry -> entry(entry, tokens)).toList();
        return session.call(new SendLocalListRequest(entries.isEmpty() ? null : entries, update.listVersion(),
                        update.full() ? UpdateEnumType.Full : UpdateEnumType.Differential, null))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    static CompletableFuture<CommandReply> getLocalListVersion(RpcSession session) {
        return session.call(new GetLocalListVersionRequest(null))
                .thenApply(response -> CommandReply.of(null, new LocalListVersion(response.versionNumber())));
    }

    static CompletableFuture<CommandReply> reserveNow(RpcSession session, StationCommand.ReserveNow reserve,
                                                      AuthorizeToken tokens) {
        return session.call(new ReserveNowRequest(reserve.reservationId(), reserve.expiresAt(),
                        connectorType(reserve.connectorType()),
                        Ocpp201TokenTypes.token(reserve.idToken(), tokens.typeOf(reserve.idToken()).orElse(null)),
                        reserve.connectorId() == 0 ? null : reserve.connectorId(),
                        reserve.parentIdToken() == null ? null : Ocpp201TokenTypes.group(reserve.parentIdToken()),
                        null))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    /** The wire name of a connector type (validated by the domain) as the 2.0.1 enum; null stays null. */
    private static ConnectorEnumType connectorType(String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(ConnectorEnumType.values()).filter(type -> WireNames.of(type).equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no OCPP 2.0.1 connector type " + name));
    }

    static CompletableFuture<CommandReply> cancelReservation(RpcSession session,
                                                             StationCommand.CancelReservation cancel) {
        return session.call(new CancelReservationRequest(cancel.reservationId(), null))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    /** The answer carries the request id chosen here, which the station's progress reports will carry. */
    static CompletableFuture<CommandReply> updateFirmware(RpcSession session, StationCommand.UpdateFirmware update) {
        int requestId = randomRequestId();
        return session.call(new UpdateFirmwareRequest(update.retries(), update.retryInterval(), requestId,
                        FirmwareType.of(update.location(), update.retrieveAt()), null))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status()),
                        new FirmwareRequest(requestId)));
    }

    static CompletableFuture<CommandReply> signedUpdateFirmware(RpcSession session,
                                                                StationCommand.SignedUpdateFirmware update) {
        return session.call(new UpdateFirmwareRequest(update.retries(), update.retryInterval(), update.requestId(),
                        new FirmwareType(update.location(), update.retrieveAt(), update.installAt(),
                                update.signingCertificate(), update.signature(), null), null))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    static CompletableFuture<CommandReply> getLog(RpcSession session, StationCommand.GetLog get) {
        return session.call(new GetLogRequest(new LogParametersType(get.location(), get.oldest(), get.latest(), null),
                        get.kind() == LogKind.SECURITY ? LogEnumType.SecurityLog : LogEnumType.DiagnosticsLog,
                        get.requestId(), get.retries(), get.retryInterval(), null))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status()),
                        new LogFile(response.filename())));
    }

    static CompletableFuture<CommandReply> getDiagnostics(RpcSession session, StationCommand.GetDiagnostics get) {
        return session.call(new GetLogRequest(new LogParametersType(get.location(), get.startTime(), get.stopTime(),
                        null), LogEnumType.DiagnosticsLog, randomRequestId(), get.retries(), get.retryInterval(), null))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status()),
                        new DiagnosticsFile(response.filename())));
    }

    private static AuthorizationData entry(LocalListEntry entry, AuthorizeToken tokens) {
        IdTokenType token = Ocpp201TokenTypes.token(entry.idToken(), tokens.typeOf(entry.idToken()).orElse(null));
        return new AuthorizationData(token,
                entry.isRemoval() ? null : Ocpp201Mapping.idTokenInfo(entry.authorization()), null);
    }

    /** The platform does not track these requests by id; a random positive one tells them apart on the station. */
    private static int randomRequestId() {
        return ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
    }
}
