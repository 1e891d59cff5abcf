package io.gridcharge.gateway.v201;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.display.DisplayMessage;
import io.gridcharge.domain.security.NetworkProfile;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v201.display.ClearDisplayMessageRequest;
import io.gridcharge.ocpp.v201.display.GetDisplayMessagesRequest;
import io.gridcharge.ocpp.v201.display.MessageInfoType;
import io.gridcharge.ocpp.v201.display.MessagePriorityEnumType;
import io.gridcharge.ocpp.v201.display.MessageStateEnumType;
import io.gridcharge.ocpp.v201.display.SetDisplayMessageRequest;
import io.gridcharge.ocpp.v201.provisioning.APNAuthenticationEnumType;
import io.gridcharge.ocpp.v201.provisioning.APNType;
import io.gridcharge.ocpp.v201.provisioning.NetworkConnectionProfileType;
import io.gridcharge.ocpp.v201.provisioning.OCPPInterfaceEnumType;
import io.gridcharge.ocpp.v201.provisioning.OCPPTransportEnumType;
import io.gridcharge.ocpp.v201.provisioning.OCPPVersionEnumType;
import io.gridcharge.ocpp.v201.provisioning.SetNetworkProfileRequest;
import io.gridcharge.ocpp.v201.provisioning.VPNEnumType;
import io.gridcharge.ocpp.v201.provisioning.VPNType;
import io.gridcharge.ocpp.v201.types.MessageContentType;
import io.gridcharge.ocpp.v201.types.MessageFormatEnumType;
import java.util.concurrent.CompletableFuture;

/**
 * Display messages (O01-O05) and network profiles (B09) as OCPP 2.0.1 calls, and a reported message back as the
 * domain's; used by {@link Ocpp201Commands} and {@link Ocpp201CallHandler}.
 */
final class DisplayAndNetworkCalls {
    private DisplayAndNetworkCalls() {
    }

    static CompletableFuture<CommandReply> setDisplayMessage(RpcSession session,
                                                             StationCommand.SetDisplayMessage set) {
        return session.call(SetDisplayMessageRequest.of(messageInfo(set.message())))
                .thenApply(r -> CommandReply.of(WireNames.of(r.status())));
    }

    static CompletableFuture<CommandReply> getDisplayMessages(RpcSession session,
                                                              StationCommand.GetDisplayMessages get) {
        return session.call(new GetDisplayMessagesRequest(get.ids().isEmpty() ? null : get.ids(), get.requestId(),
                        get.priority() == null ? null : priority(get.priority()),
                        get.state() == null ? null : state(get.state()), null))
                .thenApply(r -> CommandReply.of(WireNames.of(r.status())));
    }

    static CompletableFuture<CommandReply> clearDisplayMessage(RpcSession session,
                                                               StationCommand.ClearDisplayMessage clear) {
        return session.call(ClearDisplayMessageRequest.of(clear.messageId()))
                .thenApply(r -> CommandReply.of(WireNames.of(r.status())));
    }

    /** The platform speaks OCPP-J only, so the profile names OCPP 2.0 over JSON. */
    static CompletableFuture<CommandReply> setNetworkProfile(RpcSession session,
                                                             StationCommand.SetNetworkProfile set) {
        NetworkProfile profile = set.profile();
        NetworkProfile.Apn apn = profile.apn();
        NetworkProfile.Vpn vpn = profile.vpn();
        return session.call(SetNetworkProfileRequest.of(set.configurationSlot(), new NetworkConnectionProfileType(
                        apn == null ? null : new APNType(apn.apn(), apn.userName(), apn.password(), apn.simPin(),
                                apn.preferredNetwork(), apn.useOnlyPreferredNetwork(),
                                APNAuthenticationEnumType.valueOf(apn.authentication()), null),
                        OCPPVersionEnumType.OCPP20, OCPPTransportEnumType.JSON, profile.csmsUrl(),
                        profile.messageTimeoutSeconds(), profile.securityProfile().number(),
                        OCPPInterfaceEnumType.valueOf(profile.ocppInterface()),
                        vpn == null ? null : new VPNType(vpn.server(), vpn.user(), vpn.group(), vpn.password(),
                                vpn.key(), VPNEnumType.valueOf(vpn.type()), null), null)))
                .thenApply(r -> CommandReply.of(WireNames.of(r.status())));
    }

    static MessageInfoType messageInfo(DisplayMessage message) {
        return new MessageInfoType(null, message.id(), priority(message.priority()),
                message.state() == null ? null : state(message.state()), message.startAt(), message.endAt(),
                message.transactionId(), new MessageContentType(MessageFormatEnumType.valueOf(message.format().name()),
                message.language(), message.content(), null), null);
    }

    static DisplayMessage displayMessage(MessageInfoType info) {
        MessageContentType content = info.message();
        return new DisplayMessage(info.id(), switch (info.priority()) {
            case AlwaysFront -> DisplayMessage.Priority.ALWAYS_FRONT;
            case InFront -> DisplayMessage.Priority.IN_FRONT;
            case NormalCycle -> DisplayMessage.Priority.NORMAL_CYCLE;
        }, info.state() == null ? null : switch (info.state()) {
            case Charging -> DisplayMessage.State.CHARGING;
            case Faulted -> DisplayMessage.State.FAULTED;
            case Idle -> DisplayMessage.State.IDLE;
            case Unavailable -> DisplayMessage.State.UNAVAILABLE;
        }, info.startDateTime(), info.endDateTime(), info.transactionId(),
                DisplayMessage.Format.valueOf(content.format().name()), content.language(), content.content());
    }

    private static MessagePriorityEnumType priority(DisplayMessage.Priority priority) {
        return switch (priority) {
            case ALWAYS_FRONT -> MessagePriorityEnumType.AlwaysFront;
            case IN_FRONT -> MessagePriorityEnumType.InFront;
            case NORMAL_CYCLE -> MessagePriorityEnumType.NormalCycle;
        };
    }

    private static MessageStateEnumType state(DisplayMessage.State state) {
        return switch (state) {
            case CHARGING -> MessageStateEnumType.Charging;
            case FAULTED -> MessageStateEnumType.Faulted;
            case IDLE -> MessageStateEnumType.Idle;
            case UNAVAILABLE -> MessageStateEnumType.Unavailable;
        };
    }
}
