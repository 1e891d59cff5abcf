package io.gridcharge.gateway.v16;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.firmware.DiagnosticsFile;
import io.gridcharge.domain.localauth.LocalListEntry;
import io.gridcharge.domain.localauth.LocalListVersion;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v16.firmware.GetDiagnosticsRequest;
import io.gridcharge.ocpp.v16.firmware.UpdateFirmwareRequest;
import io.gridcharge.ocpp.v16.localauth.AuthorizationData;
import io.gridcharge.ocpp.v16.localauth.GetLocalListVersionRequest;
import io.gridcharge.ocpp.v16.localauth.SendLocalListRequest;
import io.gridcharge.ocpp.v16.localauth.UpdateType;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Local Auth List Management and Firmware Management commands as OCPP 1.6 calls (§5.9, §5.10, §5.15,
 * §5.19), and their answers: SendLocalList's UpdateStatus as the status word, GetLocalListVersion's number
 * as a {@link LocalListVersion}, GetDiagnostics' file name as a {@link DiagnosticsFile}. UpdateFirmware.conf
 * has no fields: its reply has no status.
 */
final class LocalListAndFirmwareCalls {
    /** OCPP 1.6 §7.1 AuthorizationData.idTag is an IdToken of at most 20 characters. */
    private static final int MAX_ID_TAG = 20;

    private LocalListAndFirmwareCalls() {
    }

    static CompletableFuture<CommandReply> sendLocalList(RpcSession session, StationCommand.SendLocalList update) {
        List<AuthorizationData> entries = update.entries().stream().map(LocalListAndFirmwareCalls::entry).toList();
        return session.call(new SendLocalListRequest(update.listVersion(), entries,
                        update.full() ? UpdateType.Full : UpdateType.Differential))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    static CompletableFuture<CommandReply> getLocalListVersion(RpcSession session) {
        return session.call(new GetLocalListVersionRequest())
                .thenApply(response -> CommandReply.of(null, new LocalListVersion(response.listVersion())));
    }

    static CompletableFuture<CommandReply> updateFirmware(RpcSession session, StationCommand.UpdateFirmware update) {
        return session.call(new UpdateFirmwareRequest(update.location(), update.retries(), update.retrieveAt(),
                        update.retryInterval()))
                .thenApply(response -> CommandReply.of(null));
    }

    static CompletableFuture<CommandReply> getDiagnostics(RpcSession session, StationCommand.GetDiagnostics request) {
        return session.call(new GetDiagnosticsRequest(request.location(), request.retries(), request.retryInterval(),
                        request.startTime(), request.stopTime()))
                .thenApply(response -> CommandReply.of(null, new DiagnosticsFile(response.fileName())));
    }

    /** A token longer than 1.6 allows cannot be on a 1.6 station's list: nothing is sent then. */
    private static AuthorizationData entry(LocalListEntry entry) {
        String idTag = entry.idToken().value();
        if (idTag.length() > MAX_ID_TAG) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "localAuthorizationList.idTag",
                    "id token " + idTag + " is longer than the " + MAX_ID_TAG + " characters OCPP 1.6 allows");
        }
        return new AuthorizationData(idTag,
                entry.isRemoval() ? null : Ocpp16Mapping.idTagInfo(entry.authorization()));
    }
}
