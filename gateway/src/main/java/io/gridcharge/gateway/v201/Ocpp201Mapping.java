package io.gridcharge.gateway.v201;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.devicemodel.AttributeType;
import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.DeviceReportPart;
import io.gridcharge.domain.devicemodel.Mutability;
import io.gridcharge.domain.devicemodel.ReportedVariable;
import io.gridcharge.domain.devicemodel.VariableAttribute;
import io.gridcharge.domain.devicemodel.VariableCharacteristics;
import io.gridcharge.domain.devicemodel.VariableDataType;
import io.gridcharge.domain.devicemodel.VariableRef;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.ocpp.v201.availability.ConnectorStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.AttributeEnumType;
import io.gridcharge.ocpp.v201.provisioning.MutabilityEnumType;
import io.gridcharge.ocpp.v201.provisioning.NotifyReportRequest;
import io.gridcharge.ocpp.v201.provisioning.RegistrationStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.ReportDataType;
import io.gridcharge.ocpp.v201.provisioning.VariableAttributeType;
import io.gridcharge.ocpp.v201.provisioning.VariableCharacteristicsType;
import io.gridcharge.ocpp.v201.types.AuthorizationStatusEnumType;
import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.IdTokenInfoType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import java.util.List;

/** Domain values to OCPP 2.0.1 values and back, where the two name the same thing differently. */
final class Ocpp201Mapping {

    private Ocpp201Mapping() {
    }

    static RegistrationStatusEnumType registration(RegistrationStatus status) {
        return switch (status) {
            case ACCEPTED -> RegistrationStatusEnumType.Accepted;
            case PENDING -> RegistrationStatusEnumType.Pending;
            case REJECTED -> RegistrationStatusEnumType.Rejected;
        };
    }

    /** 2.0.1 has five connector states (G01); the domain's OCCUPIED is the one 1.6 splits into five. */
    static ConnectorStatus connectorStatus(ConnectorStatusEnumType status) {
        return switch (status) {
            case Available -> ConnectorStatus.AVAILABLE;
            case Occupied -> ConnectorStatus.OCCUPIED;
            case Reserved -> ConnectorStatus.RESERVED;
            case Unavailable -> ConnectorStatus.UNAVAILABLE;
            case Faulted -> ConnectorStatus.FAULTED;
        };
    }

    /**
     * The platform's verdict on a token as 2.0.1 says it (IdTokenInfoType). The group id token has no type in
     * the domain; it is a platform-made grouping, so it is sent as Central.
     */
    static IdTokenInfoType idTokenInfo(Authorization authorization) {
        IdTokenType group = authorization.groupId() == null ? null : Ocpp201TokenTypes.group(authorization.groupId());
        return new IdTokenInfoType(switch (authorization.status()) {
            case ACCEPTED -> AuthorizationStatusEnumType.Accepted;
            case BLOCKED -> AuthorizationStatusEnumType.Blocked;
            case EXPIRED -> AuthorizationStatusEnumType.Expired;
            case INVALID -> AuthorizationStatusEnumType.Invalid;
            case CONCURRENT_TX -> AuthorizationStatusEnumType.ConcurrentTx;
        }, authorization.expiresAt(), null, null, null, group, null, null, null);
    }

    /** One NotifyReport as the domain's report part; the domain's records check what the schema cannot. */
    static DeviceReportPart reportPart(NotifyReportRequest report) {
        List<ReportedVariable> variables = report.reportData() == null ? List.of()
                : report.reportData().stream().map(Ocpp201Mapping::reported).toList();
        return new DeviceReportPart(report.requestId(), report.seqNo(), Boolean.TRUE.equals(report.tbc()),
                report.generatedAt(), variables);
    }

    private static ReportedVariable reported(ReportDataType data) {
        ComponentType component = data.component();
        ComponentRef ref = new ComponentRef(component.name(), component.instance(),
                component.evse() == null ? null : component.evse().id(),
                component.evse() == null ? null : component.evse().connectorId());
        VariableCharacteristicsType c = data.variableCharacteristics();
        VariableCharacteristics characteristics = c == null ? null : new VariableCharacteristics(c.unit(),
                VariableDataType.valueOf(c.dataType().name()), c.minLimit(), c.maxLimit(), c.valuesList(),
                Boolean.TRUE.equals(c.supportsMonitoring()));
        return new ReportedVariable(ref, new VariableRef(data.variable().name(), data.variable().instance()),
                data.variableAttribute().stream().map(Ocpp201Mapping::attribute).toList(), characteristics);
    }

    /** Absent fields take the schema's defaults: type Actual, mutability ReadWrite, persistent and constant false. */
    private static VariableAttribute attribute(VariableAttributeType a) {
        AttributeEnumType type = a.type() == null ? AttributeEnumType.Actual : a.type();
        MutabilityEnumType mutability = a.mutability() == null ? MutabilityEnumType.ReadWrite : a.mutability();
        return new VariableAttribute(switch (type) {
            case Actual -> AttributeType.ACTUAL;
            case Target -> AttributeType.TARGET;
            case MinSet -> AttributeType.MIN_SET;
            case MaxSet -> AttributeType.MAX_SET;
        }, a.value(), switch (mutability) {
            case ReadOnly -> Mutability.READ_ONLY;
            case WriteOnly -> Mutability.WRITE_ONLY;
            case ReadWrite -> Mutability.READ_WRITE;
        }, Boolean.TRUE.equals(a.persistent()), Boolean.TRUE.equals(a.constant()));
    }
}
