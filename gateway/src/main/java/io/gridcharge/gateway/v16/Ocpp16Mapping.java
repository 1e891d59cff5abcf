package io.gridcharge.gateway.v16;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.ChargePointStatus;
import io.gridcharge.ocpp.v16.remotetrigger.MessageTrigger;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import io.gridcharge.ocpp.v16.types.IdTagInfo;

/** Domain values to OCPP 1.6 values and back, where the two name the same thing differently. */
final class Ocpp16Mapping {
    /** OCPP 1.6 §7.38 IdTagInfo.parentIdTag: an IdToken, at most 20 characters. */
    private static final int MAX_ID_TAG = 20;

    private Ocpp16Mapping() {
    }

    static ConnectorStatus connectorStatus(ChargePointStatus status) {
        return switch (status) {
            case Available -> ConnectorStatus.AVAILABLE;
            case Preparing -> ConnectorStatus.PREPARING;
            case Charging -> ConnectorStatus.CHARGING;
            case SuspendedEVSE -> ConnectorStatus.SUSPENDED_EVSE;
            case SuspendedEV -> ConnectorStatus.SUSPENDED_EV;
            case Finishing -> ConnectorStatus.FINISHING;
            case Reserved -> ConnectorStatus.RESERVED;
            case Unavailable -> ConnectorStatus.UNAVAILABLE;
            case Faulted -> ConnectorStatus.FAULTED;
        };
    }

    static MessageTrigger messageTrigger(StationCommand.TriggeredMessage message) {
        return switch (message) {
            case BOOT_NOTIFICATION -> MessageTrigger.BootNotification;
            case DIAGNOSTICS_STATUS_NOTIFICATION -> MessageTrigger.DiagnosticsStatusNotification;
            case FIRMWARE_STATUS_NOTIFICATION -> MessageTrigger.FirmwareStatusNotification;
            case HEARTBEAT -> MessageTrigger.Heartbeat;
            case METER_VALUES -> MessageTrigger.MeterValues;
            case STATUS_NOTIFICATION -> MessageTrigger.StatusNotification;
        };
    }

    static io.gridcharge.ocpp.v16.core.RegistrationStatus registration(RegistrationStatus status) {
        return switch (status) {
            case ACCEPTED -> io.gridcharge.ocpp.v16.core.RegistrationStatus.Accepted;
            case PENDING -> io.gridcharge.ocpp.v16.core.RegistrationStatus.Pending;
            case REJECTED -> io.gridcharge.ocpp.v16.core.RegistrationStatus.Rejected;
        };
    }

    /**
     * The platform's verdict on a token as 1.6 says it. A group id longer than 1.6 allows (2.0.1 tokens are
     * up to 36 characters) is left out rather than sent in breach of the schema.
     */
    static IdTagInfo idTagInfo(Authorization authorization) {
        String parent = authorization.groupId() == null ? null : authorization.groupId().value();
        return new IdTagInfo(authorization.expiresAt(),
                parent != null && parent.length() <= MAX_ID_TAG ? parent : null,
                switch (authorization.status()) {
                    case ACCEPTED -> AuthorizationStatus.Accepted;
                    case BLOCKED -> AuthorizationStatus.Blocked;
                    case EXPIRED -> AuthorizationStatus.Expired;
                    case INVALID -> AuthorizationStatus.Invalid;
                    case CONCURRENT_TX -> AuthorizationStatus.ConcurrentTx;
                });
    }
}
