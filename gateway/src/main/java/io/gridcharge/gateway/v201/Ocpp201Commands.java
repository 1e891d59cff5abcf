package io.gridcharge.gateway.v201;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.gateway.CommandTranslator;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v201.authorization.ClearCacheRequest;
import io.gridcharge.ocpp.v201.availability.ChangeAvailabilityRequest;
import io.gridcharge.ocpp.v201.availability.OperationalStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.AttributeEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableResultType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesRequest;
import io.gridcharge.ocpp.v201.provisioning.ResetEnumType;
import io.gridcharge.ocpp.v201.provisioning.ResetRequest;
import io.gridcharge.ocpp.v201.provisioning.SetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.SetVariablesRequest;
import io.gridcharge.ocpp.v201.remotecontrol.MessageTriggerEnumType;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartTransactionRequest;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStopTransactionRequest;
import io.gridcharge.ocpp.v201.remotecontrol.TriggerMessageRequest;
import io.gridcharge.ocpp.v201.remotecontrol.UnlockConnectorRequest;
import io.gridcharge.ocpp.v201.tariffcost.CostUpdatedRequest;
import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.EVSEType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The platform's commands as OCPP 2.0.1 calls (F, B, G), and the station's answers as {@link CommandReply}
 * with the status word as the station said it. The domain's connector number is the EVSE id (see
 * {@link Ocpp201CallHandler}); where 2.0.1 wants a connector of the EVSE too, it is connector 1.
 *
 * <ul>
 * <li>Configuration keys are "Component.Variable" (e.g. "OCPPCommCtrlr.HeartbeatInterval", with an instance
 * "DeviceDataCtrlr.ItemsPerMessage[GetVariables]"), the Actual
 * attribute: ChangeConfiguration is SetVariables, GetConfiguration is GetVariables. 2.0.1 has no "all keys"
 * read; the whole model comes with GetBaseReport through the generic OCPP endpoint.</li>
 * <li>A hard reset is Immediate, a soft one OnIdle (B11/B12).</li>
 * <li>Remote start, reservations and local lists send each token with the type it is registered with
 * (C01), Central for a token the platform does not know; remote start sends a random positive
 * remoteStartId.</li>
 * <li>Local lists, reservations, firmware and logs: see {@link Ocpp201OperationCalls}.</li>
 * <li>A command 2.0.1 has no call for here fails with {@link CommandFailure.Unsupported} naming the protocol
 * (the API answers it 400), and nothing is sent.</li>
 * <li>GetConfiguration of more keys than the station takes in one GetVariables (its
 * DeviceDataCtrlr.ItemsPerMessage[GetVariables], B06.FR.05) is sent as several, one after the other, and their
 * results are answered together.</li>
 * </ul>
 */
final class Ocpp201Commands implements CommandTranslator {
    private static final String PROTOCOL = "OCPP 2.0.1";

    /** The station's ItemsPerMessage for GetVariables, read when a command is sent; empty when not known. */
    private final Supplier<OptionalInt> getVariablesPerMessage;
    /** The registry's tokens, for the type each token leaves with (C: id token types). */
    private final AuthorizeToken tokens;

    Ocpp201Commands(Supplier<OptionalInt> getVariablesPerMessage, AuthorizeToken tokens) {
        this.getVariablesPerMessage = getVariablesPerMessage;
        this.tokens = tokens;
    }

    @Override
    public String action(StationCommand command) {
        return switch (command) {
            case StationCommand.RemoteStart start -> "RequestStartTransaction";
            case StationCommand.RemoteStop stop -> "RequestStopTransaction";
            case StationCommand.Reset reset -> "Reset";
            case StationCommand.UnlockConnector unlock -> "UnlockConnector";
            case StationCommand.ChangeAvailability availability -> "ChangeAvailability";
            case StationCommand.ChangeConfiguration change -> "SetVariables";
            case StationCommand.GetConfiguration get -> "GetVariables";
            case StationCommand.ClearCache clear -> "ClearCache";
            case StationCommand.TriggerMessage trigger -> "TriggerMessage";
            case StationCommand.SetChargingProfile set -> "SetChargingProfile";
            case StationCommand.ClearChargingProfile clear -> "ClearChargingProfile";
            case StationCommand.GetCompositeSchedule get -> "GetCompositeSchedule";
            case StationCommand.CertificateSigned signed -> "CertificateSigned";
            case StationCommand.InstallCertificate install -> "InstallCertificate";
            case StationCommand.DeleteCertificate delete -> "DeleteCertificate";
            case StationCommand.GetInstalledCertificateIds get -> "GetInstalledCertificateIds";
            case StationCommand.CostUpdated cost -> "CostUpdated";
            case StationCommand.ExtendedTrigger trigger -> "TriggerMessage";
            case StationCommand.SetDisplayMessage set -> "SetDisplayMessage";
            case StationCommand.GetDisplayMessages get -> "GetDisplayMessages";
            case StationCommand.ClearDisplayMessage clear -> "ClearDisplayMessage";
            case StationCommand.SetNetworkProfile profile -> "SetNetworkProfile";
            case StationCommand.SendLocalList update -> "SendLocalList";
            case StationCommand.GetLocalListVersion version -> "GetLocalListVersion";
            case StationCommand.ReserveNow reserve -> "ReserveNow";
            case StationCommand.CancelReservation cancel -> "CancelReservation";
            case StationCommand.UpdateFirmware update -> "UpdateFirmware";
            case StationCommand.SignedUpdateFirmware update -> "UpdateFirmware";
            case StationCommand.GetLog get -> "GetLog";
            case StationCommand.GetDiagnostics diagnostics -> "GetLog";
            default -> command.getClass().getSimpleName();
        };
    }

    @Override
    public CompletableFuture<CommandReply> send(RpcSession session, StationCommand command) {
        return switch (command) {
            case StationCommand.RemoteStart start -> session.call(remoteStart(start)).thenApply(r -> status(r.status()));
            case StationCommand.RemoteStop stop -> session.call(new RequestStopTransactionRequest(
                    stationTransactionId(stop), null)).thenApply(r -> status(r.status()));
            case StationCommand.Reset reset -> session.call(new ResetRequest(
                    reset.kind() == StationCommand.ResetKind.HARD ? ResetEnumType.Immediate : ResetEnumType.OnIdle,
                    null, null)).thenApply(r -> status(r.status()));
            case StationCommand.UnlockConnector unlock -> session.call(new UnlockConnectorRequest(
                    unlock.connectorId(), 1, null)).thenApply(r -> status(r.status()));
            case StationCommand.ChangeAvailability availability -> session.call(new ChangeAvailabilityRequest(
                    availability.connectorId() == 0 ? null : EVSEType.of(availability.connectorId()),
                    availability.operative() ? OperationalStatusEnumType.Operative
                            : OperationalStatusEnumType.Inoperative, null)).thenApply(r -> status(r.status()));
            case StationCommand.ChangeConfiguration change when SecurityCalls.isBasicAuthPassword(change) ->
                    SecurityCalls.setBasicAuthPassword(session, change);
            case StationCommand.ChangeConfiguration change -> session.call(new SetVariablesRequest(List.of(
                    new SetVariableDataType(AttributeEnumType.Actual, change.value(), component(change.key(), "key"),
                            variable(change.key()), null)), null))
                    .thenApply(r -> status(r.setVariableResult().getFirst().attributeStatus()));
            case StationCommand.GetConfiguration get -> getConfiguration(session, get, getVariableData(get));
            case StationCommand.ClearCache clear -> session.call(new ClearCacheRequest(null))
                    .thenApply(r -> status(r.status()));
            case StationCommand.TriggerMessage trigger -> session.call(triggerMessage(trigger))
                    .thenApply(r -> status(r.status()));
            case StationCommand.SetChargingProfile set -> SmartChargingCalls201.setChargingProfile(session, set);
            case StationCommand.ClearChargingProfile clear ->
                    SmartChargingCalls201.clearChargingProfile(session, clear);
            case StationCommand.GetCompositeSchedule get -> SmartChargingCalls201.getCompositeSchedule(session, get);
            case StationCommand.CertificateSigned signed -> SecurityCalls.certificateSigned(session, signed);
            case StationCommand.InstallCertificate install -> SecurityCalls.installCertificate(session, install);
            case StationCommand.DeleteCertificate delete -> SecurityCalls.deleteCertificate(session, delete);
            case StationCommand.GetInstalledCertificateIds get -> SecurityCalls.getInstalledCertificateIds(session, get);
            case StationCommand.ExtendedTrigger trigger -> session.call(extendedTrigger(trigger))
                    .thenApply(r -> status(r.status()));
            case StationCommand.SetDisplayMessage set -> DisplayAndNetworkCalls.setDisplayMessage(session, set);
            case StationCommand.GetDisplayMessages get -> DisplayAndNetworkCalls.getDisplayMessages(session, get);
            case StationCommand.ClearDisplayMessage clear -> DisplayAndNetworkCalls.clearDisplayMessage(session, clear);
            case StationCommand.SetNetworkProfile profile -> DisplayAndNetworkCalls.setNetworkProfile(session, profile);
            case StationCommand.CostUpdated cost -> session.call(CostUpdatedRequest.of(cost.totalCost().amount(),
                    cost.stationTransactionId())).thenApply(r -> CommandReply.of("Accepted"));
            case StationCommand.SendLocalList update -> Ocpp201OperationCalls.sendLocalList(session, update, tokens);
            case StationCommand.GetLocalListVersion version -> Ocpp201OperationCalls.getLocalListVersion(session);
            case StationCommand.ReserveNow reserve -> Ocpp201OperationCalls.reserveNow(session, reserve, tokens);
            case StationCommand.CancelReservation cancel -> Ocpp201OperationCalls.cancelReservation(session, cancel);
            case StationCommand.UpdateFirmware update -> Ocpp201OperationCalls.updateFirmware(session, update);
            case StationCommand.SignedUpdateFirmware update ->
                    Ocpp201OperationCalls.signedUpdateFirmware(session, update);
            case StationCommand.GetLog get -> Ocpp201OperationCalls.getLog(session, get);
            case StationCommand.GetDiagnostics diagnostics -> Ocpp201OperationCalls.getDiagnostics(session, diagnostics);
            default -> CompletableFuture.failedFuture(new CommandFailure.Unsupported(
                    command.getClass().getSimpleName() + " cannot be sent to an " + PROTOCOL
                            + " station by this platform yet"));
        };
    }

    /** N06.FR.04: a ClearVariableMonitoring keeps to the station's ItemsPerMessage (see {@link MonitoringCalls201}). */
    @Override
    public CompletableFuture<JsonNode> sendRaw(RpcSession session, String action, ObjectNode payload) {
        if (MonitoringCalls201.CLEAR_VARIABLE_MONITORING.equals(action)) {
            return MonitoringCalls201.clearVariableMonitoring(session, payload);
        }
        return session.callRaw(action, payload);
    }

    private RequestStartTransactionRequest remoteStart(StationCommand.RemoteStart start) {
        return new RequestStartTransactionRequest(start.connectorId(), null,
                Ocpp201TokenTypes.token(start.idToken(), tokens.typeOf(start.idToken()).orElse(null)),
                ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE),
                start.chargingProfile() == null ? null
                        : SmartChargingCalls201.remoteStartProfile(start.chargingProfile()), null);
    }

    /** F03: a 2.0.1 station knows its transactions by its own id only. */
    private static String stationTransactionId(StationCommand.RemoteStop stop) {
        if (stop.stationTransactionId() == null) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "transactionId",
                    "transaction " + stop.transactionId() + " has no station transaction id, so an " + PROTOCOL
                            + " station cannot be asked to stop it");
        }
        return stop.stationTransactionId();
    }

    private static TriggerMessageRequest triggerMessage(StationCommand.TriggerMessage trigger) {
        MessageTriggerEnumType message = switch (trigger.message()) {
            case BOOT_NOTIFICATION -> MessageTriggerEnumType.BootNotification;
            // 2.0.1 has no diagnostics upload of its own: its logs (N01) are what 1.6 called diagnostics.
            case DIAGNOSTICS_STATUS_NOTIFICATION -> MessageTriggerEnumType.LogStatusNotification;
            case FIRMWARE_STATUS_NOTIFICATION -> MessageTriggerEnumType.FirmwareStatusNotification;
            case HEARTBEAT -> MessageTriggerEnumType.Heartbeat;
            case METER_VALUES -> MessageTriggerEnumType.MeterValues;
            case STATUS_NOTIFICATION -> MessageTriggerEnumType.StatusNotification;
        };
        return triggered(message, trigger.connectorId());
    }

    /** The trigger of {@code message} for the EVSE numbered {@code connectorId} (0 or null: the station). */
    private static TriggerMessageRequest triggered(MessageTriggerEnumType message, Integer connectorId) {
        Integer evse = connectorId == null || connectorId == 0 ? null : connectorId;
        // A StatusNotification is about one connector, so the EVSE names connector 1 of it.
        Integer connector = evse != null && message == MessageTriggerEnumType.StatusNotification ? 1 : null;
        return new TriggerMessageRequest(evse == null ? null : new EVSEType(evse, connector, null), message, null);
    }

    /** The keys in requests of at most ItemsPerMessage each, sent in turn; the results answered as one. */
    private CompletableFuture<CommandReply> getConfiguration(RpcSession session, StationCommand.GetConfiguration get,
                                                             List<GetVariableDataType> data) {
        int perMessage = getVariablesPerMessage.get().orElse(data.size());
        CompletableFuture<List<GetVariableResultType>> results = CompletableFuture.completedFuture(List.of());
        for (int from = 0; from < data.size(); from += perMessage) {
            List<GetVariableDataType> part = data.subList(from, Math.min(from + perMessage, data.size()));
            results = results.thenCompose(earlier -> session.call(new GetVariablesRequest(part, null))
                    .thenApply(answer -> {
                        List<GetVariableResultType> all = new ArrayList<>(earlier);
                        all.addAll(answer.getVariableResult());
                        return all;
                    }));
        }
        return results.thenApply(all -> configuration(get, all));
    }

    /**
     * The 1.6 Security Whitepaper's ExtendedTriggerMessage is 2.0.1's TriggerMessage: its certificate request is
     * SignChargingStationCertificate (A02), the others as {@link #triggerMessage}.
     */
    private static TriggerMessageRequest extendedTrigger(StationCommand.ExtendedTrigger trigger) {
        MessageTriggerEnumType message = switch (trigger.message()) {
            case BOOT_NOTIFICATION -> MessageTriggerEnumType.BootNotification;
            case LOG_STATUS_NOTIFICATION -> MessageTriggerEnumType.LogStatusNotification;
            case FIRMWARE_STATUS_NOTIFICATION -> MessageTriggerEnumType.FirmwareStatusNotification;
            case HEARTBEAT -> MessageTriggerEnumType.Heartbeat;
            case METER_VALUES -> MessageTriggerEnumType.MeterValues;
            case SIGN_CHARGE_POINT_CERTIFICATE -> MessageTriggerEnumType.SignChargingStationCertificate;
            case SIGN_V2G_CERTIFICATE -> MessageTriggerEnumType.SignV2GCertificate;
            case SIGN_COMBINED_CERTIFICATE -> MessageTriggerEnumType.SignCombinedCertificate;
            case STATUS_NOTIFICATION -> MessageTriggerEnumType.StatusNotification;
        };
        return triggered(message, trigger.connectorId());
    }

    private static List<GetVariableDataType> getVariableData(StationCommand.GetConfiguration get) {
        if (get.keys().isEmpty()) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "keys",
                    "must name Component.Variable keys for an " + PROTOCOL
                            + " station; its whole device model comes with GetBaseReport");
        }
        List<GetVariableDataType> data = new ArrayList<>();
        for (String key : get.keys()) {
            if (!LegacyKeys201.hasNoVariable(key)) {
                String asked = LegacyKeys201.asked(key);
                data.add(new GetVariableDataType(AttributeEnumType.Actual, component(asked, "keys"), variable(asked),
                        null));
            }
        }
        if (data.isEmpty()) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "keys",
                    "name no variable an " + PROTOCOL + " station has: " + get.keys());
        }
        return data;
    }

    private static CommandReply configuration(StationCommand.GetConfiguration get,
                                              List<GetVariableResultType> results) {
        List<CommandReply.ConfigurationValue> values = new ArrayList<>();
        List<String> unknown = new ArrayList<>(get.keys().stream().filter(LegacyKeys201::hasNoVariable).toList());
        for (GetVariableResultType result : results) {
            String key = LegacyKeys201.answered(key(result.component(), result.variable()), get.keys());
            if (result.attributeStatus() == GetVariableStatusEnumType.Accepted) {
                // GetVariables does not say whether a variable is writable; the device model does.
                values.add(new CommandReply.ConfigurationValue(key, false, result.attributeValue()));
            } else {
                unknown.add(key);
            }
        }
        return new CommandReply(null, values, unknown);
    }

    /** "OCPPCommCtrlr.HeartbeatInterval": the component before the first dot, the variable after it. */
    private static ComponentType component(String key, String field) {
        int dot = key.indexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, field,
                    "must be Component.Variable for an " + PROTOCOL + " station, was " + key);
        }
        return ComponentType.of(key.substring(0, dot));
    }

    /** The variable after the first dot, with its instance in brackets when it has one: "ItemsPerMessage[GetVariables]". */
    private static VariableType variable(String key) {
        String variable = key.substring(key.indexOf('.') + 1);
        int bracket = variable.indexOf('[');
        if (bracket > 0 && variable.endsWith("]")) {
            return new VariableType(variable.substring(0, bracket), variable.substring(bracket + 1, variable.length() - 1),
                    null);
        }
        return new VariableType(variable, null, null);
    }

    private static String key(ComponentType component, VariableType variable) {
        return component.name() + "." + variable.name()
                + (variable.instance() == null ? "" : "[" + variable.instance() + "]");
    }

    private static CommandReply status(Enum<?> status) {
        return CommandReply.of(WireNames.of(status));
    }
}
