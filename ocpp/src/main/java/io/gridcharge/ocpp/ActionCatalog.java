package io.gridcharge.ocpp;

import java.util.Collection;
import java.util.Optional;

/** The actions of one OCPP version: what each CALL carries, what answers it, and who may send it. */
public interface ActionCatalog {

    OcppVersion version();

    Optional<ActionDefinition> find(String action);

    Optional<ActionDefinition> findByRequestType(Class<?> requestType);

    /** Every action, in the catalog's order. */
    Collection<ActionDefinition> actions();

    /**
     * The action a peer in role {@code receiver} is asked to run by an inbound CALL.
     *
     * @throws OcppCallException NotImplemented for an action this version does not define ("requested
     *     Action is not known by receiver", OCPP-J 1.6 §4.2.3); NotSupported for one it defines for the
     *     other direction, e.g. a station sending RemoteStartTransaction ("recognized but not supported")
     */
    default ActionDefinition inbound(String action, Role receiver) {
        ActionDefinition definition = find(action).orElseThrow(() -> new OcppCallException(
                ErrorCode.NOT_IMPLEMENTED, "Unknown action " + action));
        if (!definition.direction().isReceivedBy(receiver)) {
            throw new OcppCallException(ErrorCode.NOT_SUPPORTED,
                    action + " is not sent to the " + (receiver == Role.CSMS ? "central system" : "charging station"));
        }
        return definition;
    }
}
