package io.gridcharge.domain.command;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.display.DisplayMessage;
import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ClearCriteria;
import io.gridcharge.domain.energy.InstalledChargingProfile;
import io.gridcharge.domain.localauth.LocalListEntry;
import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.CertificateSigningUse;
import io.gridcharge.domain.security.LogKind;
import io.gridcharge.domain.security.NetworkProfile;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.domain.security.TriggerableMessage;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;
import java.util.List;

/** What the platform can ask of a station, whatever protocol version it speaks. */
public sealed interface StationCommand {

    /**
     * Start charging for a token; connector null lets the station choose (OCPP 1.6 §5.11). The optional
     * charging profile is the TxProfile the station applies to the new transaction: its transaction id is
     * not known yet, so it has none (§5.11: "transactionId SHALL NOT be set").
     */
    record RemoteStart(Integer connectorId, IdToken idToken, ChargingProfile chargingProfile)
            implements StationCommand {
        public RemoteStart {
            Require.present(idToken, "idToken");
            if (connectorId != null && connectorId < 1) {
                throw new InvalidInput("connectorId", "must be 1 or more");
            }
            if (chargingProfile != null && chargingProfile.purpose() != ChargingProfilePurpose.TX) {
                throw new InvalidInput("chargingProfile.chargingProfilePurpose", "must be TxProfile");
            }
            if (chargingProfile != null && chargingProfile.transactionId() != null) {
                throw new InvalidInput("chargingProfile.transactionId", "must be absent: the transaction has not started");
            }
        }

        public RemoteStart(Integer connectorId, IdToken idToken) {
            this(connectorId, idToken, null);
        }
    }

    /** Stop a transaction; 2.0.1 stations know it by their own id, 1.6 stations by the platform's. */
    record RemoteStop(long transactionId, String stationTransactionId) implements StationCommand {
    }

    enum ResetKind { HARD, SOFT }

    record Reset(ResetKind kind) implements StationCommand {
        public Reset {
            Require.present(kind, "type");
        }
    }

    record UnlockConnector(int connectorId) implements StationCommand {
        public UnlockConnector {
            if (connectorId < 1) {
                throw new InvalidInput("connectorId", "must be 1 or more");
            }
        }
    }

    /** Operative = usable; connector 0 means the whole station (OCPP 1.6 §5.2). */
    record ChangeAvailability(int connectorId, boolean operative) implements StationCommand {
        public ChangeAvailability {
            if (connectorId < 0) {
                throw new InvalidInput("connectorId", "must not be negative");
            }
        }
    }

    record ChangeConfiguration(String key, String value) implements StationCommand {
        public ChangeConfiguration {
            Require.text(key, 50, "key");
            Require.present(value, "value");
            Require.maxLength(value, 500, "value");
        }
    }

    /** Empty keys ask for the whole configuration. */
    record GetConfiguration(List<String> keys) implements StationCommand {
        public GetConfiguration {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    record ClearCache() implements StationCommand {
    }

    /**
     * Install a charging profile on a connector, 0 for the whole station (OCPP 1.6 §5.16); the placement rules
     * of §3.13.1 are {@link InstalledChargingProfile}'s. A TxProfile's transaction is named by the platform's id
     * in the profile and, for OCPP 2.0.1 stations, which know it only by their own id (K01.FR.03), by
     * {@code stationTransactionId} too.
     */
    record SetChargingProfile(int connectorId, ChargingProfile profile, String stationTransactionId)
            implements StationCommand {
        public SetChargingProfile {
            new InstalledChargingProfile(connectorId, profile);
            Require.maxLength(stationTransactionId, 36, "transactionId");
        }

        public SetChargingProfile(int connectorId, ChargingProfile profile) {
            this(connectorId, profile, null);
        }

        public InstalledChargingProfile installed() {
            return new InstalledChargingProfile(connectorId, profile);
        }
    }

    /** Remove the profiles matching the criteria (OCPP 1.6 §5.5). */
    record ClearChargingProfile(ClearCriteria criteria) implements StationCommand {
        public ClearChargingProfile {
            Require.present(criteria, "criteria");
        }
    }

    /**
     * Ask for the schedule a connector (0: the whole station) expects to follow for the next
     * {@code durationSeconds} (OCPP 1.6 §5.7); unit null leaves the unit to the station.
     */
    record GetCompositeSchedule(int connectorId, int durationSeconds, ChargingRateUnit unit)
            implements StationCommand {
        public GetCompositeSchedule {
            if (connectorId < 0) {
                throw new InvalidInput("connectorId", "must not be negative");
            }
            if (durationSeconds < 1) {
                throw new InvalidInput("duration", "must be 1 or more");
            }
        }
    }

    /**
     * Hold a connector (0: any connector of the station) for a token until {@code expiresAt} (OCPP 1.6 §5.13);
     * the reservation id is the platform's, so the station's later StartTransaction can name it. A
     * {@code connectorType} (OCPP 2.0.1 only, see {@code Reservation#connectorType}) holds an EVSE with a connector
     * of that type.
     */
    record ReserveNow(int reservationId, int connectorId, IdToken idToken, IdToken parentIdToken,
                      Instant expiresAt, String connectorType) implements StationCommand {
        public ReserveNow(int reservationId, int connectorId, IdToken idToken, IdToken parentIdToken,
                          Instant expiresAt) {
            this(reservationId, connectorId, idToken, parentIdToken, expiresAt, null);
        }

        public ReserveNow {
            Require.present(idToken, "idToken");
            Require.present(expiresAt, "expiresAt");
            if (connectorId < 0) {
                throw new InvalidInput("connectorId", "must not be negative");
            }
        }
    }

    /** OCPP 1.6 §5.2. */
    record CancelReservation(int reservationId) implements StationCommand {
    }

    /** The messages a station can be asked to send now (OCPP 1.6 §7.32 MessageTrigger). */
    enum TriggeredMessage {
        BOOT_NOTIFICATION, DIAGNOSTICS_STATUS_NOTIFICATION, FIRMWARE_STATUS_NOTIFICATION, HEARTBEAT, METER_VALUES,
        STATUS_NOTIFICATION
    }

    /** OCPP 1.6 §5.17; connectorId only where the message is about a connector, null otherwise. */
    record TriggerMessage(TriggeredMessage message, Integer connectorId) implements StationCommand {
        public TriggerMessage {
            Require.present(message, "requestedMessage");
            if (connectorId != null && connectorId < 0) {
                throw new InvalidInput("connectorId", "must not be negative");
            }
        }
    }

    /**
     * A local authorization list update (OCPP 1.6 §5.15): the whole list, or the changes that bring the
     * station's list to {@code listVersion}. Versions start at 1: 0 and -1 have a meaning of their own in
     * GetLocalListVersion (§5.10). Only a differential update may remove a token (an entry without answer).
     */
    record SendLocalList(int listVersion, boolean full, List<LocalListEntry> entries) implements StationCommand {
        public SendLocalList {
            if (listVersion < 1) {
                throw new InvalidInput("listVersion", "must be 1 or more");
            }
            entries = entries == null ? List.of() : List.copyOf(entries);
            if (full && entries.stream().anyMatch(LocalListEntry::isRemoval)) {
                throw new InvalidInput("entries", "a full list gives every token its answer");
            }
        }
    }

    record GetLocalListVersion() implements StationCommand {
    }

    /** Download firmware from {@code location} from {@code retrieveAt} on, then install it (OCPP 1.6 §5.19). */
    record UpdateFirmware(String location, Instant retrieveAt, Integer retries, Integer retryInterval)
            implements StationCommand {
        public UpdateFirmware {
            Require.text(location, 512, "location");
            Require.present(retrieveAt, "retrieveAt");
            requireNotNegative(retries, "retries");
            requireNotNegative(retryInterval, "retryInterval");
        }
    }

    /** Upload diagnostics of the period given to {@code location} (OCPP 1.6 §5.9). */
    record GetDiagnostics(String location, Instant startTime, Instant stopTime, Integer retries,
                          Integer retryInterval) implements StationCommand {
        public GetDiagnostics {
            Require.text(location, 512, "location");
            if (startTime != null && stopTime != null && stopTime.isBefore(startTime)) {
                throw new InvalidInput("stopTime", "must not be before startTime");
            }
            requireNotNegative(retries, "retries");
            requireNotNegative(retryInterval, "retryInterval");
        }
    }

    // Security extension (OCPP 1.6 Security Whitepaper, edition 3)

    /**
     * Hand a station the certificate chain the platform's CA signed for it (answer to its SignCertificate); the use
     * is what a 2.0.1 station asked it for, null where it named none (and always for 1.6).
     */
    record CertificateSigned(String certificateChain, CertificateSigningUse use) implements StationCommand {
        public CertificateSigned {
            Require.text(certificateChain, 10_000, "certificateChain");
        }

        public CertificateSigned(String certificateChain) {
            this(certificateChain, null);
        }
    }

    /** Install a PEM root certificate of the kind given on the station. */
    record InstallCertificate(RootCertificateKind kind, String certificate) implements StationCommand {
        public InstallCertificate {
            Require.present(kind, "certificateType");
            Require.text(certificate, 5500, "certificate");
            if (kind == RootCertificateKind.V2G_CERTIFICATE_CHAIN) {
                throw new InvalidInput("certificateType", "V2GCertificateChain comes with CertificateSigned, "
                        + "it cannot be installed (OCPP 2.0.1 InstallCertificateUseEnumType)");
            }
        }
    }

    record DeleteCertificate(CertificateId certificate) implements StationCommand {
        public DeleteCertificate {
            Require.present(certificate, "certificateHashData");
        }
    }

    /**
     * Answered with {@link io.gridcharge.domain.security.InstalledCertificates}. No kind asks a 2.0.1 station
     * for the certificates of every kind (M03, TC_M_18), several kinds for those of each (TC_M_17); 1.6 stations
     * are asked one kind.
     */
    record GetInstalledCertificateIds(List<RootCertificateKind> kinds) implements StationCommand {
        public GetInstalledCertificateIds {
            kinds = kinds == null ? List.of() : kinds.stream().distinct().toList();
        }

        /** The certificates of {@code kind}; null: of every kind. */
        public static GetInstalledCertificateIds of(RootCertificateKind kind) {
            return new GetInstalledCertificateIds(kind == null ? List.of() : List.of(kind));
        }

        /** The one kind asked; null when every kind or several are asked. */
        public RootCertificateKind kind() {
            return kinds.size() == 1 ? kinds.getFirst() : null;
        }
    }

    /** TriggerMessage with the security extension's messages; connector only where the message has one. */
    record ExtendedTrigger(TriggerableMessage message, Integer connectorId) implements StationCommand {
        public ExtendedTrigger {
            Require.present(message, "requestedMessage");
            if (connectorId != null && connectorId < 0) {
                throw new InvalidInput("connectorId", "must not be negative");
            }
        }
    }

    /**
     * Fetch a signed firmware image from {@code location} and install it once its signature, made with the key of
     * {@code signingCertificate} (PEM), verifies (OCPP 1.6 Security Whitepaper L01).
     */
    record SignedUpdateFirmware(int requestId, String location, Instant retrieveAt, Instant installAt,
                                String signingCertificate, String signature, Integer retries,
                                Integer retryInterval) implements StationCommand {
        public SignedUpdateFirmware {
            Require.text(location, 512, "location");
            Require.present(retrieveAt, "retrieveDateTime");
            Require.text(signingCertificate, 5500, "signingCertificate");
            Require.text(signature, 800, "signature");
            if (retries != null && retries < 0) {
                throw new InvalidInput("retries", "must not be negative");
            }
            if (retryInterval != null && retryInterval < 0) {
                throw new InvalidInput("retryInterval", "must not be negative");
            }
        }
    }

    /** Upload a log to {@code location}; answered with {@link io.gridcharge.domain.security.LogFile}. */
    record GetLog(LogKind kind, int requestId, String location, Instant oldest, Instant latest, Integer retries,
                  Integer retryInterval) implements StationCommand {
        public GetLog {
            Require.present(kind, "logType");
            Require.text(location, 512, "location");
            if (oldest != null && latest != null && latest.isBefore(oldest)) {
                throw new InvalidInput("latestTimestamp", "must not be before oldestTimestamp");
            }
            if (retries != null && retries < 0) {
                throw new InvalidInput("retries", "must not be negative");
            }
            if (retryInterval != null && retryInterval < 0) {
                throw new InvalidInput("retryInterval", "must not be negative");
            }
        }
    }

    /**
     * Show the driver what a running transaction costs so far (OCPP 2.0.1 I02 CostUpdated); the transaction is
     * named by the station's own id. 1.6 stations have no such call.
     */
    record CostUpdated(String stationTransactionId, Money totalCost) implements StationCommand {
        public CostUpdated {
            Require.text(stationTransactionId, 36, "transactionId");
            Require.present(totalCost, "totalCost");
        }
    }

    /** Have the station show a message (OCPP 2.0.1 O01/O02); one of the same id is replaced (O06). */
    record SetDisplayMessage(DisplayMessage message) implements StationCommand {
        public SetDisplayMessage {
            Require.present(message, "message");
        }
    }

    /**
     * Ask which messages the station holds (O03/O04): all, or those of the ids, priority or state given; they
     * come in NotifyDisplayMessages naming {@code requestId}.
     */
    record GetDisplayMessages(int requestId, List<Integer> ids, DisplayMessage.Priority priority,
                              DisplayMessage.State state) implements StationCommand {
        public GetDisplayMessages {
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }

    /** O05. */
    record ClearDisplayMessage(int messageId) implements StationCommand {
    }

    /**
     * Give a 2.0.1 station the connection data of a configuration slot (B09); it uses it once the slot is in its
     * NetworkConfigurationPriority. The slot is the station's own number, 0 or more.
     */
    record SetNetworkProfile(int configurationSlot, NetworkProfile profile) implements StationCommand {
        public SetNetworkProfile {
            if (configurationSlot < 0) {
                throw new InvalidInput("configurationSlot", "must not be negative");
            }
            Require.present(profile, "connectionData");
        }
    }

    private static void requireNotNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidInput(field, "must not be negative");
        }
    }
}
