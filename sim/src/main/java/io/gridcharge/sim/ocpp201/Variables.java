package io.gridcharge.sim.ocpp201;

import io.gridcharge.ocpp.v201.provisioning.AttributeEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableResultType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableResultType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableStatusEnumType;
import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.sim.charger.ChargerModel;
import java.util.Map;
import java.util.Set;

/**
 * The few device-model variables the simulated station has (OCPP 2.0.1 Part 2 Appendix 3 names), with their
 * Actual attribute only: OCPPCommCtrlr.HeartbeatInterval is writable, the rest read-only (B05, B06).
 */
final class Variables {
    static final String COMM = "OCPPCommCtrlr";
    static final String HEARTBEAT_INTERVAL = "HeartbeatInterval";
    private static final Map<String, Set<String>> KNOWN = Map.of(
            COMM, Set.of(HEARTBEAT_INTERVAL),
            "SampledDataCtrlr", Set.of("TxUpdatedInterval"),
            "TxCtrlr", Set.of("StopTxOnInvalidId"),
            "AuthCtrlr", Set.of("AuthorizeRemoteStart"),
            "SmartChargingCtrlr", Set.of("Enabled"));

    private final Ocpp201Station station;
    private final ChargerModel model;

    Variables(Ocpp201Station station, ChargerModel model) {
        this.station = station;
        this.model = model;
    }

    /** B06: the value, or why there is none. */
    GetVariableResultType get(GetVariableDataType asked) {
        GetVariableStatusEnumType status = known(asked.component(), asked.variable(), asked.attributeType());
        String value = status == GetVariableStatusEnumType.Accepted ? value(asked.variable().name()) : null;
        return new GetVariableResultType(null, status, asked.attributeType(), value, asked.component(),
                asked.variable(), null);
    }

    /** B05: a positive heartbeat interval is taken; read-only variables are Rejected. */
    SetVariableResultType set(SetVariableDataType change) {
        GetVariableStatusEnumType known = known(change.component(), change.variable(), change.attributeType());
        SetVariableStatusEnumType status = switch (known) {
            case UnknownComponent -> SetVariableStatusEnumType.UnknownComponent;
            case UnknownVariable -> SetVariableStatusEnumType.UnknownVariable;
            case NotSupportedAttributeType -> SetVariableStatusEnumType.NotSupportedAttributeType;
            default -> change.component().name().equals(COMM) && change.variable().name().equals(HEARTBEAT_INTERVAL)
                    && setHeartbeat(change.attributeValue())
                    ? SetVariableStatusEnumType.Accepted : SetVariableStatusEnumType.Rejected;
        };
        return new SetVariableResultType(change.attributeType(), status, null, change.component(), change.variable(),
                null);
    }

    private static GetVariableStatusEnumType known(ComponentType component, VariableType variable,
                                                   AttributeEnumType attribute) {
        Set<String> variables = KNOWN.get(component.name());
        if (variables == null || component.evse() != null) {
            return GetVariableStatusEnumType.UnknownComponent;
        }
        if (!variables.contains(variable.name())) {
            return GetVariableStatusEnumType.UnknownVariable;
        }
        return attribute == null || attribute == AttributeEnumType.Actual ? GetVariableStatusEnumType.Accepted
                : GetVariableStatusEnumType.NotSupportedAttributeType;
    }

    private String value(String variable) {
        return switch (variable) {
            case HEARTBEAT_INTERVAL -> Integer.toString(station.heartbeatInterval());
            case "TxUpdatedInterval" -> Long.toString(model.sampleInterval().toSeconds());
            case "AuthorizeRemoteStart" -> "false";
            default -> "true";
        };
    }

    private boolean setHeartbeat(String value) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds <= 0) {
                return false;
            }
            station.setHeartbeatInterval(seconds);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
