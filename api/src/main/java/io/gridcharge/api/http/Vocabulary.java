package io.gridcharge.api.http;

import static java.util.Map.entry;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.authorization.TokenType;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.command.StationCommand.ResetKind;
import io.gridcharge.domain.command.StationCommand.TriggeredMessage;
import io.gridcharge.domain.devicemodel.AttributeType;
import io.gridcharge.domain.devicemodel.Mutability;
import io.gridcharge.domain.devicemodel.VariableDataType;
import io.gridcharge.domain.display.DisplayMessage;
import io.gridcharge.domain.energy.ChargingProfileKind;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.RecurrencyKind;
import io.gridcharge.domain.firmware.DiagnosticsStatus;
import io.gridcharge.domain.firmware.FirmwareStatus;
import io.gridcharge.domain.journal.JournalEntry.Direction;
import io.gridcharge.domain.localauth.LocalListOutcome;
import io.gridcharge.domain.reservation.ReservationStatus;
import io.gridcharge.domain.security.LogKind;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.domain.security.TriggerableMessage;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.tenant.Role;
import java.util.Map;

/** The API's spelling of every enumerated value it shows or accepts (the same in openapi.json). */
public final class Vocabulary {
    public static final WireNames<RegistrationStatus> REGISTRATION = WireNames.of(RegistrationStatus.class, Map.of(
            RegistrationStatus.ACCEPTED, "Accepted",
            RegistrationStatus.PENDING, "Pending",
            RegistrationStatus.REJECTED, "Rejected"));

    /** OCPP 1.6 §7.7 ChargePointStatus, plus 2.0.1's Occupied and Unknown for a state never reported. */
    public static final WireNames<ConnectorStatus> CONNECTOR_STATUS = WireNames.of(ConnectorStatus.class, Map.ofEntries(
            entry(ConnectorStatus.AVAILABLE, "Available"),
            entry(ConnectorStatus.PREPARING, "Preparing"),
            entry(ConnectorStatus.CHARGING, "Charging"),
            entry(ConnectorStatus.SUSPENDED_EVSE, "SuspendedEVSE"),
            entry(ConnectorStatus.SUSPENDED_EV, "SuspendedEV"),
            entry(ConnectorStatus.FINISHING, "Finishing"),
            entry(ConnectorStatus.RESERVED, "Reserved"),
            entry(ConnectorStatus.UNAVAILABLE, "Unavailable"),
            entry(ConnectorStatus.FAULTED, "Faulted"),
            entry(ConnectorStatus.OCCUPIED, "Occupied"),
            entry(ConnectorStatus.UNKNOWN, "Unknown")));

    public static final WireNames<TokenStatus> TOKEN_STATUS = WireNames.of(TokenStatus.class, Map.of(
            TokenStatus.ACCEPTED, "Accepted",
            TokenStatus.BLOCKED, "Blocked",
            TokenStatus.EXPIRED, "Expired",
            TokenStatus.INVALID, "Invalid"));

    /** OCPP 2.0.1 IdTokenEnumType, as the token type names itself. */
    public static final WireNames<TokenType> TOKEN_TYPE = WireNames.of(TokenType.class,
            java.util.Arrays.stream(TokenType.values()).collect(java.util.stream.Collectors.toMap(t -> t,
                    TokenType::label)));

    public static final WireNames<TransactionStatus> TRANSACTION_STATUS = WireNames.of(TransactionStatus.class, Map.of(
            TransactionStatus.ACTIVE, "Active",
            TransactionStatus.COMPLETED, "Completed"));

    /** OCPP 1.6 §7.40 ResetType. */
    public static final WireNames<ResetKind> RESET_KIND = WireNames.of(ResetKind.class, Map.of(
            ResetKind.HARD, "Hard",
            ResetKind.SOFT, "Soft"));

    public static final WireNames<Direction> DIRECTION = WireNames.of(Direction.class, Map.of(
            Direction.IN, "In",
            Direction.OUT, "Out"));

    public static final WireNames<Role> ROLE = WireNames.of(Role.class, Map.of(
            Role.ADMIN, "Admin",
            Role.OPERATOR_ADMIN, "OperatorAdmin",
            Role.PROPERTY_MANAGER, "PropertyManager",
            Role.FINANCE, "Finance",
            Role.DRIVER, "Driver"));

    public static final WireNames<ReservationStatus> RESERVATION_STATUS = WireNames.of(ReservationStatus.class,
            Map.of(ReservationStatus.ACTIVE, "Active",
                    ReservationStatus.USED, "Used",
                    ReservationStatus.CANCELLED, "Cancelled",
                    ReservationStatus.EXPIRED, "Expired",
                    ReservationStatus.REJECTED, "Rejected"));

    /** OCPP 1.6 §7.32 MessageTrigger. */
    public static final WireNames<TriggeredMessage> TRIGGERED_MESSAGE = WireNames.of(TriggeredMessage.class, Map.of(
            TriggeredMessage.BOOT_NOTIFICATION, "BootNotification",
            TriggeredMessage.DIAGNOSTICS_STATUS_NOTIFICATION, "DiagnosticsStatusNotification",
            TriggeredMessage.FIRMWARE_STATUS_NOTIFICATION, "FirmwareStatusNotification",
            TriggeredMessage.HEARTBEAT, "Heartbeat",
            TriggeredMessage.METER_VALUES, "MeterValues",
            TriggeredMessage.STATUS_NOTIFICATION, "StatusNotification"));

    /** OCPP 1.6 §7.10 ChargingProfilePurposeType. */
    public static final WireNames<ChargingProfilePurpose> CHARGING_PROFILE_PURPOSE = WireNames.of(
            ChargingProfilePurpose.class, Map.of(
                    ChargingProfilePurpose.CHARGE_POINT_MAX, "ChargePointMaxProfile",
                    ChargingProfilePurpose.TX_DEFAULT, "TxDefaultProfile",
                    ChargingProfilePurpose.TX, "TxProfile"));

    /** OCPP 1.6 §7.9 ChargingProfileKindType. */
    public static final WireNames<ChargingProfileKind> CHARGING_PROFILE_KIND = WireNames.of(ChargingProfileKind.class,
            Map.of(ChargingProfileKind.ABSOLUTE, "Absolute",
                    ChargingProfileKind.RECURRING, "Recurring",
                    ChargingProfileKind.RELATIVE, "Relative"));

    /** OCPP 1.6 §7.37 RecurrencyKindType. */
    public static final WireNames<RecurrencyKind> RECURRENCY_KIND = WireNames.of(RecurrencyKind.class, Map.of(
            RecurrencyKind.DAILY, "Daily",
            RecurrencyKind.WEEKLY, "Weekly"));

    /** OCPP 1.6 §7.12 ChargingRateUnitType: W, or A per phase. */
    public static final WireNames<ChargingRateUnit> CHARGING_RATE_UNIT = WireNames.of(ChargingRateUnit.class, Map.of(
            ChargingRateUnit.WATTS, "W",
            ChargingRateUnit.AMPERES, "A"));

    /** OCPP 1.6 §7.2 AuthorizationStatus: the answer a token has on a station's local list. */
    public static final WireNames<AuthorizationStatus> AUTHORIZATION_STATUS = WireNames.of(AuthorizationStatus.class,
            Map.of(AuthorizationStatus.ACCEPTED, "Accepted",
                    AuthorizationStatus.BLOCKED, "Blocked",
                    AuthorizationStatus.EXPIRED, "Expired",
                    AuthorizationStatus.INVALID, "Invalid",
                    AuthorizationStatus.CONCURRENT_TX, "ConcurrentTx"));

    /** OCPP 1.6 §7.47 UpdateStatus: a station's answer to a local list update. */
    public static final WireNames<LocalListOutcome> LOCAL_LIST_STATUS = WireNames.of(LocalListOutcome.class, Map.of(
            LocalListOutcome.ACCEPTED, "Accepted",
            LocalListOutcome.FAILED, "Failed",
            LocalListOutcome.NOT_SUPPORTED, "NotSupported",
            LocalListOutcome.VERSION_MISMATCH, "VersionMismatch"));

    /** OCPP 1.6 §7.25 FirmwareStatus, plus the platform's own Requested. */
    public static final WireNames<FirmwareStatus> FIRMWARE_STATUS = WireNames.of(FirmwareStatus.class, Map.of(
            FirmwareStatus.REQUESTED, "Requested",
            FirmwareStatus.IDLE, "Idle",
            FirmwareStatus.DOWNLOADING, "Downloading",
            FirmwareStatus.DOWNLOADED, "Downloaded",
            FirmwareStatus.DOWNLOAD_FAILED, "DownloadFailed",
            FirmwareStatus.INSTALLING, "Installing",
            FirmwareStatus.INSTALLED, "Installed",
            FirmwareStatus.INSTALLATION_FAILED, "InstallationFailed"));

    /** OCPP 1.6 §7.24 DiagnosticsStatus, plus the platform's own Requested and Received. */
    public static final WireNames<DiagnosticsStatus> DIAGNOSTICS_STATUS = WireNames.of(DiagnosticsStatus.class, Map.of(
            DiagnosticsStatus.REQUESTED, "Requested",
            DiagnosticsStatus.IDLE, "Idle",
            DiagnosticsStatus.UPLOADING, "Uploading",
            DiagnosticsStatus.UPLOADED, "Uploaded",
            DiagnosticsStatus.UPLOAD_FAILED, "UploadFailed",
            DiagnosticsStatus.RECEIVED, "Received"));

    /**
     * OCPP 1.6 Security Whitepaper CertificateUseEnumType and the ISO 15118 kinds of OCPP 2.0.1's
     * GetCertificateIdUseEnumType; 2.0.1's CSMSRootCertificate is the 1.6 CentralSystemRootCertificate.
     */
    public static final WireNames<RootCertificateKind> ROOT_CERTIFICATE_KIND = WireNames.of(RootCertificateKind.class,
            Map.of(RootCertificateKind.CENTRAL_SYSTEM_ROOT, "CentralSystemRootCertificate",
                    RootCertificateKind.MANUFACTURER_ROOT, "ManufacturerRootCertificate",
                    RootCertificateKind.V2G_ROOT, "V2GRootCertificate",
                    RootCertificateKind.MO_ROOT, "MORootCertificate",
                    RootCertificateKind.V2G_CERTIFICATE_CHAIN, "V2GCertificateChain"));

    /** OCPP 2.0.1 MessagePriorityEnumType. */
    public static final WireNames<DisplayMessage.Priority> MESSAGE_PRIORITY = WireNames.of(
            DisplayMessage.Priority.class, Map.of(DisplayMessage.Priority.ALWAYS_FRONT, "AlwaysFront",
                    DisplayMessage.Priority.IN_FRONT, "InFront", DisplayMessage.Priority.NORMAL_CYCLE, "NormalCycle"));

    /** OCPP 2.0.1 MessageStateEnumType. */
    public static final WireNames<DisplayMessage.State> MESSAGE_STATE = WireNames.of(DisplayMessage.State.class,
            Map.of(DisplayMessage.State.CHARGING, "Charging", DisplayMessage.State.FAULTED, "Faulted",
                    DisplayMessage.State.IDLE, "Idle", DisplayMessage.State.UNAVAILABLE, "Unavailable"));

    /** OCPP 2.0.1 MessageFormatEnumType. */
    public static final WireNames<DisplayMessage.Format> MESSAGE_FORMAT = WireNames.of(DisplayMessage.Format.class,
            Map.of(DisplayMessage.Format.ASCII, "ASCII", DisplayMessage.Format.HTML, "HTML",
                    DisplayMessage.Format.URI, "URI", DisplayMessage.Format.UTF8, "UTF8"));

    /** OCPP 1.6 Security Whitepaper MessageTriggerEnumType of ExtendedTriggerMessage. */
    public static final WireNames<TriggerableMessage> EXTENDED_TRIGGER_MESSAGE = WireNames.of(TriggerableMessage.class,
            Map.of(TriggerableMessage.BOOT_NOTIFICATION, "BootNotification",
                    TriggerableMessage.LOG_STATUS_NOTIFICATION, "LogStatusNotification",
                    TriggerableMessage.FIRMWARE_STATUS_NOTIFICATION, "FirmwareStatusNotification",
                    TriggerableMessage.HEARTBEAT, "Heartbeat",
                    TriggerableMessage.METER_VALUES, "MeterValues",
                    TriggerableMessage.SIGN_CHARGE_POINT_CERTIFICATE, "SignChargePointCertificate",
                    TriggerableMessage.STATUS_NOTIFICATION, "StatusNotification",
                    TriggerableMessage.SIGN_V2G_CERTIFICATE, "SignV2GCertificate",
                    TriggerableMessage.SIGN_COMBINED_CERTIFICATE, "SignCombinedCertificate"));

    /** OCPP 1.6 Security Whitepaper LogEnumType. */
    public static final WireNames<LogKind> LOG_KIND = WireNames.of(LogKind.class, Map.of(
            LogKind.DIAGNOSTICS, "DiagnosticsLog",
            LogKind.SECURITY, "SecurityLog"));

    /** OCPP 2.0.1 AttributeEnumType. */
    public static final WireNames<AttributeType> ATTRIBUTE_TYPE = WireNames.of(AttributeType.class, Map.of(
            AttributeType.ACTUAL, "Actual",
            AttributeType.TARGET, "Target",
            AttributeType.MIN_SET, "MinSet",
            AttributeType.MAX_SET, "MaxSet"));

    /** OCPP 2.0.1 MutabilityEnumType. */
    public static final WireNames<Mutability> MUTABILITY = WireNames.of(Mutability.class, Map.of(
            Mutability.READ_ONLY, "ReadOnly",
            Mutability.WRITE_ONLY, "WriteOnly",
            Mutability.READ_WRITE, "ReadWrite"));

    /** OCPP 2.0.1 DataEnumType. */
    public static final WireNames<VariableDataType> VARIABLE_DATA_TYPE = WireNames.of(VariableDataType.class, Map.of(
            VariableDataType.STRING, "string",
            VariableDataType.DECIMAL, "decimal",
            VariableDataType.INTEGER, "integer",
            VariableDataType.DATE_TIME, "dateTime",
            VariableDataType.BOOLEAN, "boolean",
            VariableDataType.OPTION_LIST, "OptionList",
            VariableDataType.SEQUENCE_LIST, "SequenceList",
            VariableDataType.MEMBER_LIST, "MemberList"));

    private Vocabulary() {
    }
}
