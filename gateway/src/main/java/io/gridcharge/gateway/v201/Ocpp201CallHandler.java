package io.gridcharge.gateway.v201;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.ShowRunningCost;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.RecordTransactionEvent;
import io.gridcharge.domain.charging.TransactionEvent;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.PlanEvCharging;
import io.gridcharge.domain.station.BootInfo;
import io.gridcharge.domain.station.StationBoot;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.DomainRefusals;
import io.gridcharge.gateway.RegistrationGate;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.v201.authorization.AuthorizeCertificateStatusEnumType;
import io.gridcharge.ocpp.v201.authorization.AuthorizeRequest;
import io.gridcharge.ocpp.v201.authorization.AuthorizeResponse;
import io.gridcharge.ocpp.v201.availability.HeartbeatRequest;
import io.gridcharge.ocpp.v201.availability.HeartbeatResponse;
import io.gridcharge.ocpp.v201.availability.StatusNotificationRequest;
import io.gridcharge.ocpp.v201.availability.StatusNotificationResponse;
import io.gridcharge.ocpp.v201.datatransfer.DataTransferRequest;
import io.gridcharge.ocpp.v201.datatransfer.DataTransferResponse;
import io.gridcharge.ocpp.v201.datatransfer.DataTransferStatusEnumType;
import io.gridcharge.ocpp.v201.diagnostics.NotifyCustomerInformationRequest;
import io.gridcharge.ocpp.v201.diagnostics.NotifyCustomerInformationResponse;
import io.gridcharge.ocpp.v201.diagnostics.LogStatusNotificationRequest;
import io.gridcharge.ocpp.v201.diagnostics.NotifyEventRequest;
import io.gridcharge.ocpp.v201.display.NotifyDisplayMessagesRequest;
import io.gridcharge.ocpp.v201.display.NotifyDisplayMessagesResponse;
import io.gridcharge.ocpp.v201.diagnostics.NotifyEventResponse;
import io.gridcharge.ocpp.v201.diagnostics.NotifyMonitoringReportRequest;
import io.gridcharge.ocpp.v201.diagnostics.NotifyMonitoringReportResponse;
import io.gridcharge.ocpp.v201.iso15118.Get15118EVCertificateRequest;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateStatusRequest;
import io.gridcharge.ocpp.v201.firmware.FirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesRequest;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesResponse;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationResponse;
import io.gridcharge.ocpp.v201.provisioning.ChargingStationType;
import io.gridcharge.ocpp.v201.provisioning.NotifyReportRequest;
import io.gridcharge.ocpp.v201.provisioning.NotifyReportResponse;
import io.gridcharge.ocpp.v201.reservation.ReservationStatusUpdateRequest;
import io.gridcharge.ocpp.v201.security.SecurityEventNotificationRequest;
import io.gridcharge.ocpp.v201.security.SecurityEventNotificationResponse;
import io.gridcharge.ocpp.v201.smartcharging.ClearedChargingLimitRequest;
import io.gridcharge.ocpp.v201.smartcharging.ClearedChargingLimitResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyChargingLimitRequest;
import io.gridcharge.ocpp.v201.smartcharging.NotifyChargingLimitResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsResponse;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingNeedsStatusEnumType;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingScheduleRequest;
import io.gridcharge.ocpp.v201.smartcharging.NotifyEVChargingScheduleResponse;
import io.gridcharge.ocpp.v201.smartcharging.ReportChargingProfilesRequest;
import io.gridcharge.ocpp.v201.smartcharging.ReportChargingProfilesResponse;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionEventResponse;
import io.gridcharge.ocpp.v201.transactions.TransactionType;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import io.gridcharge.ocpp.v201.security.SignCertificateRequest;
import io.gridcharge.ocpp.v201.types.AuthorizationStatusEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenInfoType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.v201.types.MessageContentType;
import io.gridcharge.ocpp.v201.types.MessageFormatEnumType;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls an OCPP 2.0.1 station sends, one method per action, each turning the wire record into domain
 * values, asking the same domain services as 1.6 and writing the answer back. One instance per connection;
 * calls arrive one at a time. Actions only the CSMS sends never get here (the RPC session answers them).
 *
 * <p>EVSEs and connectors: the domain's connector number is the 2.0.1 EVSE id (EVSE 0 the station), since in
 * 2.0.1 the EVSE is what charges one vehicle at a time, carries the transaction and is made available or not,
 * as a 1.6 connector does. Each connector of an EVSE keeps its own state beside it, and the EVSE's state
 * follows them: in use when one is, available when one can be used (G01, {@code EvseConnector.evseState}).
 */
final class Ocpp201CallHandler implements CallHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Ocpp201CallHandler.class);

    private final StationId station;
    private final Ocpp201Services services;
    private final RegistrationGate gate;
    /** Null when the platform runs without them: the blocks' calls are answered NotSupported, no cost is shown. */
    private final Ocpp201PlatformServices platform;
    private final SecurityCallHandler security;
    private final OperationNotifications201 operations;

    Ocpp201CallHandler(StationId station, Ocpp201Services services) {
        this(station, services, null);
    }

    Ocpp201CallHandler(StationId station, Ocpp201Services services, Ocpp201PlatformServices platform) {
        this.station = station;
        this.services = services;
        this.operations = new OperationNotifications201(station, services.operations());
        this.gate = new RegistrationGate(station, services.stations(), "OCPP 2.0.1 B02.FR.09, B03.FR.07");
        this.platform = platform;
        this.security = platform == null ? null : new SecurityCallHandler(station, platform);
    }

    @Override
    public OcppResponse handle(String action, OcppRequest<?> request) {
        gate.admit(action);
        return DomainRefusals.answering(() -> switch (request) {
            case BootNotificationRequest boot -> bootNotification(boot);
            case HeartbeatRequest heartbeat -> HeartbeatResponse.of(services.boot().heartbeat());
            case StatusNotificationRequest status -> statusNotification(status);
            case AuthorizeRequest authorize -> authorize(authorize);
            case NotifyReportRequest report -> notifyReport(report);
            case TransactionEventRequest event -> transactionEvent(event);
            case MeterValuesRequest meterValues -> meterValues(meterValues);
            case NotifyEventRequest notify -> notifyEvent(notify);
            case SecurityEventNotificationRequest event -> securityEvent(event);
            case DataTransferRequest transfer -> dataTransfer(transfer);
            case ReportChargingProfilesRequest report -> reportChargingProfiles(report);
            case NotifyChargingLimitRequest limit -> notifyChargingLimit(limit);
            case ClearedChargingLimitRequest cleared -> clearedChargingLimit(cleared);
            case NotifyEVChargingNeedsRequest needs -> notifyEvChargingNeeds(needs);
            case NotifyEVChargingScheduleRequest schedule -> notifyEvChargingSchedule(schedule);
            case NotifyMonitoringReportRequest report -> notifyMonitoringReport(report);
            case NotifyCustomerInformationRequest information -> notifyCustomerInformation(information);
            case SignCertificateRequest sign when security != null -> security.signCertificate(sign);
            case Get15118EVCertificateRequest ev when security != null -> security.get15118EvCertificate(ev);
            case GetCertificateStatusRequest ocsp when security != null -> security.getCertificateStatus(ocsp);
            case NotifyDisplayMessagesRequest notify when platform != null -> displayMessages(notify);
            case FirmwareStatusNotificationRequest firmware -> operations.firmwareStatus(firmware);
            case PublishFirmwareStatusNotificationRequest publish -> operations.publishFirmwareStatus(publish);
            case LogStatusNotificationRequest log -> operations.logStatus(log);
            case ReservationStatusUpdateRequest update -> operations.reservationStatus(update);
            default -> throw new OcppCallException(ErrorCode.NOT_SUPPORTED,
                    action + " is not supported by this CSMS");
        });
    }

    /** B01-B03: accepted, pending or rejected as the station is registered; the interval is heartbeat or retry. */
    private BootNotificationResponse bootNotification(BootNotificationRequest boot) {
        ChargingStationType cs = boot.chargingStation();
        String iccid = cs.modem() == null ? null : cs.modem().iccid();
        String imsi = cs.modem() == null ? null : cs.modem().imsi();
        StationBoot.Answer answer = services.boot().boot(station, new BootInfo(cs.vendorName(), cs.model(),
                cs.serialNumber(), cs.firmwareVersion(), iccid, imsi, null, null), OcppVersion.V201.subprotocol());
        gate.booted(answer.status());
        LOG.info("station {}: booted ({} {}, firmware {}, reason {}), answered {}", station, cs.vendorName(),
                cs.model(), cs.firmwareVersion(), boot.reason(), answer.status());
        return BootNotificationResponse.of(answer.currentTime(), Math.toIntExact(answer.interval().toSeconds()),
                Ocpp201Mapping.registration(answer.status()));
    }

    /**
     * G01: the state of one connector of one EVSE, kept as it is, and the EVSE's state follows its connectors'
     * (see the class comment). A report about EVSE 0 (the station) has no connector of its own to keep.
     */
    private StatusNotificationResponse statusNotification(StatusNotificationRequest status) {
        if (status.evseId() >= 1 && status.connectorId() >= 1) {
            services.connectorStatus().reportOfEvseConnector(station, status.evseId(), status.connectorId(),
                    Ocpp201Mapping.connectorStatus(status.connectorStatus()), status.timestamp());
        } else {
            services.connectorStatus().report(station, status.evseId(),
                    Ocpp201Mapping.connectorStatus(status.connectorStatus()), null, null, null,
                    status.timestamp());
        }
        return new StatusNotificationResponse(null);
    }

    /**
     * C01, C07. Where the EV presented a contract certificate (ISO 15118), it is checked first: one that is not
     * Accepted makes the token Invalid (C07.FR.16), and the answer says what is wrong with it.
     */
    private AuthorizeResponse authorize(AuthorizeRequest request) {
        AuthorizeCertificateStatusEnumType certificate = security == null ? null
                : security.contractCertificate(request);
        Authorization verdict = certificate == null || certificate == AuthorizeCertificateStatusEnumType.Accepted
                ? authorization(request.idToken()) : Authorization.of(AuthorizationStatus.INVALID);
        return new AuthorizeResponse(withTariff(Ocpp201Mapping.idTokenInfo(verdict)), certificate, null);
    }

    /**
     * C01. A token is its value and its type together: a known value presented as another type than it is
     * registered with is Invalid. NoAuthorization (the station lets anyone charge, C01 table) has an empty value
     * and is accepted without a look-up.
     */
    Authorization authorization(IdTokenType token) {
        if (token.type() == IdTokenEnumType.NoAuthorization) {
            return Authorization.of(AuthorizationStatus.ACCEPTED);
        }
        return services.authorize().authorize(IdToken.of(token.idToken()), Ocpp201TokenTypes.domain(token.type()));
    }

    /**
     * I01: an accepted driver is shown the tariff of the station's site in force now (personalMessage), where the
     * platform prices the site; otherwise the answer is as it was.
     */
    private IdTokenInfoType withTariff(IdTokenInfoType info) {
        if (platform == null || info.status() != AuthorizationStatusEnumType.Accepted) {
            return info;
        }
        return platform.tariffText().now(station)
                .map(text -> new IdTokenInfoType(info.status(), info.cacheExpiryDateTime(), info.chargingPriority(),
                        info.language1(), info.evseId(), info.groupIdToken(), info.language2(),
                        new MessageContentType(MessageFormatEnumType.UTF8, "en", text, null), info.customData()))
                .orElse(info);
    }

    /** B07/B08: a part of the report asked with GetBaseReport / GetReport, into the station's device model. */
    private NotifyReportResponse notifyReport(NotifyReportRequest report) {
        services.deviceReports().record(station, Ocpp201Mapping.reportPart(report));
        return new NotifyReportResponse(null);
    }

    /**
     * E01-E15 on the same transaction record as 1.6 (see {@link RecordTransactionEvent}). The answer carries
     * idTokenInfo exactly when the request carried an idToken (E03, E05: the station acts on the verdict).
     */
    private TransactionEventResponse transactionEvent(TransactionEventRequest request) {
        TransactionType info = request.transactionInfo();
        IdTokenType token = request.idToken();
        boolean free = token != null && token.type() == IdTokenEnumType.NoAuthorization;
        TransactionEvent event = new TransactionEvent(station, info.transactionId(),
                switch (request.eventType()) {
                    case Started -> TransactionEvent.Kind.STARTED;
                    case Updated -> TransactionEvent.Kind.UPDATED;
                    case Ended -> TransactionEvent.Kind.ENDED;
                }, request.seqNo(), request.timestamp(), WireNames.of(request.triggerReason()),
                Boolean.TRUE.equals(request.offline()), WireNames.of(info.chargingState()),
                request.evse() == null ? null : request.evse().id(),
                token == null || free ? null : IdToken.of(token.idToken()),
                token == null ? null : WireNames.of(token.type()), WireNames.of(info.stoppedReason()),
                MeterReadings201.read(request.meterValue(), "meterValue"), request.reservationId());
        RecordTransactionEvent.Recorded recorded = services.transactionEvents().record(event);
        if (platform != null && event.kind() == TransactionEvent.Kind.ENDED) {
            // O02: the station drops the messages of the transaction as it ends.
            platform.displayMessages().transactionEnded(station, info.transactionId());
        }
        BigDecimal totalCost = cost(event, recorded);
        if (token == null) {
            return new TransactionEventResponse(totalCost, null, null, null, null);
        }
        Authorization verdict = free ? Authorization.of(AuthorizationStatus.ACCEPTED)
                : recorded.authorization().orElseGet(() -> authorization(token));
        return new TransactionEventResponse(totalCost, null, Ocpp201Mapping.idTokenInfo(verdict), null, null);
    }

    /**
     * I03: the final cost when the transaction ended (null when the platform does not price it); I02: while it
     * runs, the running cost may leave as a CostUpdated after this answer (see {@link ShowRunningCost}). A
     * repeated event changes nothing, so it shows nothing new either.
     */
    private BigDecimal cost(TransactionEvent event, RecordTransactionEvent.Recorded recorded) {
        if (platform == null) {
            return null;
        }
        if (event.kind() == TransactionEvent.Kind.ENDED) {
            return platform.cost().finalCost(recorded.transaction()).map(Money::amount).orElse(null);
        }
        if (!recorded.repeated()) {
            platform.cost().running(recorded.transaction(), event.samples());
        }
        return null;
    }

    /** J01: meter values outside (or beside) a transaction, kept against the EVSE; EVSE 0 is the main meter. */
    private MeterValuesResponse meterValues(MeterValuesRequest request) {
        List<MeterSample> samples = MeterReadings201.read(request.meterValue(), "meterValue");
        services.meterValues().record(station, request.evseId(), null, samples);
        return new MeterValuesResponse(null);
    }

    /**
     * N07: stations report their monitored events (and the OCA test cases send them beside StatusNotification,
     * TC_B_02, TC_E_01). Kept for the operator; those an alarm rule matches raise alarms.
     */
    private NotifyEventResponse notifyEvent(NotifyEventRequest request) {
        LOG.info("station {}: {} event(s) reported, part {}", station, request.eventData().size(), request.seqNo());
        services.grid().events().record(station, GridReports201.events(request.eventData()));
        return new NotifyEventResponse(null);
    }

    /** K09: a part of the station's answer to GetChargingProfiles. */
    private ReportChargingProfilesResponse reportChargingProfiles(ReportChargingProfilesRequest report) {
        services.grid().smartCharging().profilesReported(GridReports201.profiles(station, report));
        return new ReportChargingProfilesResponse(null);
    }

    /** K12: a limit set from outside the platform; EVSE 0 (or none) is the whole station. */
    private NotifyChargingLimitResponse notifyChargingLimit(NotifyChargingLimitRequest request) {
        services.grid().smartCharging().limitSet(station, request.evseId() == null ? 0 : request.evseId(),
                WireNames.of(request.chargingLimit().chargingLimitSource()),
                Boolean.TRUE.equals(request.chargingLimit().isGridCritical()),
                GridReports201.schedules(request.chargingSchedule()));
        return new NotifyChargingLimitResponse(null);
    }

    /** K13. */
    private ClearedChargingLimitResponse clearedChargingLimit(ClearedChargingLimitRequest request) {
        services.grid().smartCharging().limitCleared(station, request.evseId() == null ? 0 : request.evseId(),
                WireNames.of(request.chargingLimitSource()));
        return new ClearedChargingLimitResponse(null);
    }

    /**
     * K15, K17: kept against the EVSE's transaction. The planner answers Accepted when it sends a schedule for the
     * transaction (a SetChargingProfile, K15.FR.03), Processing when no transaction runs there (K15.FR.05); without
     * a planner the needs are only kept and answered Processing.
     */
    private NotifyEVChargingNeedsResponse notifyEvChargingNeeds(NotifyEVChargingNeedsRequest request) {
        PlanEvCharging planner = services.grid().planner();
        if (planner == null) {
            services.grid().smartCharging().needs(GridReports201.needs(station, request));
            return NotifyEVChargingNeedsResponse.of(NotifyEVChargingNeedsStatusEnumType.Processing);
        }
        return NotifyEVChargingNeedsResponse.of(planner.answer(GridReports201.needs(station, request))
                ? NotifyEVChargingNeedsStatusEnumType.Accepted : NotifyEVChargingNeedsStatusEnumType.Processing);
    }

    /** K15.FR.11/12, K17: the EV's own plan, kept beside its needs; Rejected when it exceeds its schedule. */
    private NotifyEVChargingScheduleResponse notifyEvChargingSchedule(NotifyEVChargingScheduleRequest request) {
        PlanEvCharging planner = services.grid().planner();
        CompositeSchedule plan = SmartChargingCalls201.schedule(request.chargingSchedule());
        if (planner == null) {
            services.grid().smartCharging().evSchedule(station, request.evseId(), request.timeBase(), plan);
            return NotifyEVChargingScheduleResponse.of(GenericStatusEnumType.Accepted);
        }
        return NotifyEVChargingScheduleResponse.of(planner.acceptsEvSchedule(station, request.evseId(),
                request.timeBase(), plan) ? GenericStatusEnumType.Accepted : GenericStatusEnumType.Rejected);
    }

    /** N02: a part of the answer to GetMonitoringReport; each monitor replaces what was known of it. */
    private NotifyMonitoringReportResponse notifyMonitoringReport(NotifyMonitoringReportRequest report) {
        services.grid().monitors().record(station, GridReports201.monitors(report.monitor(), report.requestId()));
        return new NotifyMonitoringReportResponse(null);
    }

    /** N09/N10: a part of the answer to CustomerInformation. */
    private NotifyCustomerInformationResponse notifyCustomerInformation(NotifyCustomerInformationRequest request) {
        services.grid().customerInformation().record(GridReports201.customerInformation(station, request));
        return new NotifyCustomerInformationResponse(null);
    }

    /** A04: kept with the 1.6 stations' security events; the critical ones are raised. */
    private SecurityEventNotificationResponse securityEvent(SecurityEventNotificationRequest request) {
        services.securityEvents().record(station, request.type(), request.timestamp(), request.techInfo());
        return new SecurityEventNotificationResponse(null);
    }

    /** O03/O04: a part of the station's answer to GetDisplayMessages, kept as the station's messages. */
    private NotifyDisplayMessagesResponse displayMessages(NotifyDisplayMessagesRequest request) {
        if (request.messageInfo() != null) {
            platform.displayMessages().reported(station, request.messageInfo().stream()
                    .map(DisplayAndNetworkCalls::displayMessage).toList());
        }
        return new NotifyDisplayMessagesResponse(null);
    }

    /** P01: no vendor extension is implemented for 2.0.1 stations, so every vendor id is answered unknown. */
    private DataTransferResponse dataTransfer(DataTransferRequest request) {
        LOG.info("station {}: DataTransfer for unknown vendor {} (message {})", station, request.vendorId(),
                request.messageId());
        return DataTransferResponse.of(DataTransferStatusEnumType.UnknownVendorId);
    }
}
