package io.gridcharge.gateway.v16;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.StartTransaction;
import io.gridcharge.domain.charging.StopTransaction;
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
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.v16.core.AuthorizeRequest;
import io.gridcharge.ocpp.v16.core.AuthorizeResponse;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.DataTransferRequest;
import io.gridcharge.ocpp.v16.core.DataTransferResponse;
import io.gridcharge.ocpp.v16.core.DataTransferStatus;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.HeartbeatResponse;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.MeterValuesResponse;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StartTransactionResponse;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import io.gridcharge.ocpp.v16.core.StatusNotificationResponse;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionResponse;
import io.gridcharge.ocpp.v16.firmware.DiagnosticsStatusNotificationRequest;
import io.gridcharge.ocpp.v16.firmware.DiagnosticsStatusNotificationResponse;
import io.gridcharge.ocpp.v16.firmware.FirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v16.firmware.FirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v16.security.LogStatusNotificationRequest;
import io.gridcharge.ocpp.v16.security.SecurityEventNotificationRequest;
import io.gridcharge.ocpp.v16.security.SignCertificateRequest;
import io.gridcharge.ocpp.v16.security.SignedFirmwareStatusNotificationRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls an OCPP 1.6 station sends, one method per action, each turning the wire record into domain
 * values, asking the domain service and writing its answer back. One instance per connection; calls arrive
 * one at a time (the station's mailbox). Actions the catalog does not know or that only the central system
 * sends never get here: the RPC session answers NotImplemented / NotSupported (OCPP-J 1.6 §4.2.3).
 */
final class Ocpp16CallHandler implements CallHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Ocpp16CallHandler.class);
    /** OCPP 1.6 §6.49: a StopTransaction.req without a reason stopped for reason Local. */
    private static final String DEFAULT_STOP_REASON = "Local";

    private final StationId station;
    private final Ocpp16Services services;
    private final RegistrationGate gate;
    /** Null when the platform runs without the security extension: its calls are answered NotSupported. */
    private final SecurityCallHandler security;

    Ocpp16CallHandler(StationId station, Ocpp16Services services) {
        this(station, services, null);
    }

    Ocpp16CallHandler(StationId station, Ocpp16Services services, Ocpp16SecurityServices securityServices) {
        this.station = station;
        this.services = services;
        this.gate = new RegistrationGate(station, services.stations(), "OCPP 1.6 §4.2");
        this.security = securityServices == null ? null : new SecurityCallHandler(station, securityServices);
    }

    @Override
    public OcppResponse handle(String action, OcppRequest<?> request) {
        gate.admit(action);
        return DomainRefusals.answering(() -> switch (request) {
            case BootNotificationRequest boot -> bootNotification(boot);
            case HeartbeatRequest heartbeat -> heartbeat();
            case StatusNotificationRequest status -> statusNotification(status);
            case AuthorizeRequest authorize -> authorize(authorize);
            case StartTransactionRequest start -> startTransaction(start);
            case StopTransactionRequest stop -> stopTransaction(stop);
            case MeterValuesRequest meterValues -> meterValues(meterValues);
            case DataTransferRequest dataTransfer -> dataTransfer(dataTransfer);
            case FirmwareStatusNotificationRequest firmware -> firmwareStatus(firmware);
            case DiagnosticsStatusNotificationRequest diagnostics -> diagnosticsStatus(diagnostics);
            case SecurityEventNotificationRequest event when security != null -> security.securityEvent(event);
            case SignCertificateRequest sign when security != null -> security.signCertificate(sign);
            case LogStatusNotificationRequest log when security != null -> security.logStatus(log);
            case SignedFirmwareStatusNotificationRequest firmware when security != null ->
                    security.signedFirmwareStatus(firmware);
            default -> throw new OcppCallException(ErrorCode.NOT_SUPPORTED,
                    action + " is not supported by this central system");
        });
    }

    /** OCPP 1.6 §4.2: the answer says whether the station is accepted and how often to heartbeat or retry. */
    private BootNotificationResponse bootNotification(BootNotificationRequest boot) {
        String serialNumber = boot.chargePointSerialNumber() != null ? boot.chargePointSerialNumber()
                : boot.chargeBoxSerialNumber();
        StationBoot.Answer answer = services.boot().boot(station, new BootInfo(boot.chargePointVendor(),
                boot.chargePointModel(), serialNumber, boot.firmwareVersion(), boot.iccid(), boot.imsi(),
                boot.meterType(), boot.meterSerialNumber()), OcppVersion.V16.subprotocol());
        gate.booted(answer.status());
        LOG.info("station {}: booted ({} {}, firmware {}), answered {}", station, boot.chargePointVendor(),
                boot.chargePointModel(), boot.firmwareVersion(), answer.status());
        return new BootNotificationResponse(Ocpp16Mapping.registration(answer.status()), answer.currentTime(),
                Math.toIntExact(answer.interval().toSeconds()));
    }

    private HeartbeatResponse heartbeat() {
        return new HeartbeatResponse(services.boot().heartbeat());
    }

    /** OCPP 1.6 §4.9; connector 0 is the station itself. */
    private StatusNotificationResponse statusNotification(StatusNotificationRequest status) {
        services.connectorStatus().report(station, status.connectorId(),
                Ocpp16Mapping.connectorStatus(status.status()), status.errorCode().name(), status.info(),
                status.vendorErrorCode(), status.timestamp());
        return new StatusNotificationResponse();
    }

    private AuthorizeResponse authorize(AuthorizeRequest authorize) {
        return new AuthorizeResponse(Ocpp16Mapping.idTagInfo(
                services.authorize().authorize(station, IdToken.of(authorize.idTag()))));
    }

    /**
     * OCPP 1.6 §4.8: the transaction id is the platform's. The domain commits before it returns, so the answer
     * leaves after the commit; a resent start gets the id of the first.
     */
    private StartTransactionResponse startTransaction(StartTransactionRequest start) {
        StartTransaction.Started started = services.startTransaction().start(station, start.connectorId(), null,
                IdToken.of(start.idTag()), start.meterStart(), start.timestamp(), start.reservationId());
        return new StartTransactionResponse(Ocpp16Mapping.idTagInfo(started.authorization()),
                Math.toIntExact(started.transaction().id()));
    }

    /**
     * OCPP 1.6 §4.10. Samples of transactionData that cannot be read are dropped with a warning rather than
     * refused: a CALLERROR would make the station resend a stop that can never succeed, and the transaction
     * would stay open. The answer carries idTagInfo only when the request carried an idTag (§6.50).
     */
    private StopTransactionResponse stopTransaction(StopTransactionRequest stop) {
        MeterReadings.Reading reading = MeterReadings.read(stop.transactionData(), "transactionData");
        if (!reading.unreadable().isEmpty()) {
            LOG.warn("station {}: StopTransaction of {} has values that are not numbers, dropped: {}", station,
                    stop.transactionId(), reading.unreadable());
        }
        IdToken stoppedBy = stop.idTag() == null ? null : IdToken.of(stop.idTag());
        String reason = stop.reason() == null ? DEFAULT_STOP_REASON : WireNames.of(stop.reason());
        StopTransaction.Stopped stopped = services.stopTransaction().stop(station, stop.transactionId(),
                stop.meterStop(), stop.timestamp(), reason, stoppedBy, reading.samples());
        if (stopped.transaction().isEmpty()) {
            LOG.warn("station {}: stopped transaction {}, which the platform does not know", station,
                    stop.transactionId());
        }
        return new StopTransactionResponse(stopped.authorization().map(Ocpp16Mapping::idTagInfo).orElse(null));
    }

    /**
     * OCPP 1.6 §4.7. A Raw value that is not a number is answered PropertyConstraintViolation naming the field,
     * and nothing of the message is recorded (DESIGN §6: bad input never half-writes).
     */
    private MeterValuesResponse meterValues(MeterValuesRequest request) {
        MeterReadings.Reading reading = MeterReadings.read(request.meterValue(), "meterValue");
        if (!reading.unreadable().isEmpty()) {
            String field = reading.unreadable().getFirst();
            throw new OcppCallException(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                    field + " must be a decimal number",
                    OcppJson.mapper().createObjectNode().put("field", field));
        }
        List<MeterSample> samples = reading.samples();
        Long transactionId = request.transactionId() == null ? null : request.transactionId().longValue();
        services.meterValues().record(station, request.connectorId(), transactionId, samples);
        return new MeterValuesResponse();
    }

    /** OCPP 1.6 §4.3: a vendor id without an implementation here is answered UnknownVendorId. */
    private DataTransferResponse dataTransfer(DataTransferRequest request) {
        VendorDataTransfer vendor = services.vendors().get(request.vendorId());
        if (vendor == null) {
            LOG.info("station {}: DataTransfer for unknown vendor {} (message {})", station, request.vendorId(),
                    request.messageId());
            return new DataTransferResponse(DataTransferStatus.UnknownVendorId, null);
        }
        return vendor.handle(station, request.messageId(), request.data());
    }

    /** The station's progress becomes its firmware history (journaled too); without a firmware context, only logged. */
    private FirmwareStatusNotificationResponse firmwareStatus(FirmwareStatusNotificationRequest request) {
        LOG.info("station {}: firmware status {}", station, request.status());
        if (services.transfers() != null) {
            services.transfers().firmware(station, TransferStatuses.firmware(request.status()));
        }
        return new FirmwareStatusNotificationResponse();
    }

    private DiagnosticsStatusNotificationResponse diagnosticsStatus(DiagnosticsStatusNotificationRequest request) {
        LOG.info("station {}: diagnostics status {}", station, request.status());
        if (services.transfers() != null) {
            services.transfers().diagnostics(station, TransferStatuses.diagnostics(request.status()));
        }
        return new DiagnosticsStatusNotificationResponse();
    }
}
