package io.gridcharge.gateway.v201;

import io.gridcharge.domain.firmware.DiagnosticsStatus;
import io.gridcharge.domain.firmware.FirmwareStatus;
import io.gridcharge.domain.reservation.EndReservation;
import io.gridcharge.domain.security.ReportedStatus;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.v201.diagnostics.LogStatusNotificationRequest;
import io.gridcharge.ocpp.v201.diagnostics.LogStatusNotificationResponse;
import io.gridcharge.ocpp.v201.firmware.FirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v201.firmware.FirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v201.firmware.PublishFirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v201.reservation.ReservationStatusUpdateRequest;
import io.gridcharge.ocpp.v201.reservation.ReservationStatusUpdateResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 2.0.1 station's progress reports on firmware (L01), logs (N01) and reservations (H04), kept where a 1.6
 * station's are:
 * <ul>
 * <li>Every FirmwareStatusNotification is a signed firmware report with its requestId (2.0.1 firmware updates
 * are the 1.6 security extension's signed ones); those with a 1.6 FirmwareStatus of the same name also go to
 * the firmware history, so a station's firmware progress reads the same whatever its protocol.</li>
 * <li>Every LogStatusNotification is a log upload report with its requestId; its upload states also go to the
 * diagnostics history (a 1.6 GetDiagnostics is a 2.0.1 GetLog), every refusal of the upload as UploadFailed.</li>
 * <li>ReservationStatusUpdate ends the reservation: Expired or Removed.</li>
 * </ul>
 * Without the services (a gateway wired without them) each is acknowledged and logged only.
 */
final class OperationNotifications201 {
    private static final Logger LOG = LoggerFactory.getLogger(OperationNotifications201.class);

    private final StationId station;
    private final Ocpp201OperationServices services;

    OperationNotifications201(StationId station, Ocpp201OperationServices services) {
        this.station = station;
        this.services = services;
    }

    FirmwareStatusNotificationResponse firmwareStatus(FirmwareStatusNotificationRequest request) {
        LOG.info("station {}: firmware status {} (request {})", station, request.status(), request.requestId());
        if (services != null) {
            services.reportedStatus().record(station, ReportedStatus.Kind.SIGNED_FIRMWARE_UPDATE,
                    WireNames.of(request.status()), request.requestId());
            FirmwareStatus status = switch (request.status()) {
                case Idle -> FirmwareStatus.IDLE;
                case Downloading -> FirmwareStatus.DOWNLOADING;
                case Downloaded -> FirmwareStatus.DOWNLOADED;
                case DownloadFailed -> FirmwareStatus.DOWNLOAD_FAILED;
                case Installing -> FirmwareStatus.INSTALLING;
                case Installed -> FirmwareStatus.INSTALLED;
                case InstallationFailed -> FirmwareStatus.INSTALLATION_FAILED;
                case DownloadScheduled, DownloadPaused, InstallRebooting, InstallScheduled, InstallVerificationFailed,
                     InvalidSignature, SignatureVerified -> null;
            };
            if (status != null) {
                services.transfers().firmware(station, status);
            }
        }
        return new FirmwareStatusNotificationResponse(null);
    }

    /**
     * L03: a station acting as local controller reports publishing the firmware it was sent with PublishFirmware
     * (through the generic OCPP endpoint). The platform keeps no publishing state of its own: the report is
     * acknowledged, and the station's message journal holds it with its requestId for the operator.
     */
    PublishFirmwareStatusNotificationResponse publishFirmwareStatus(PublishFirmwareStatusNotificationRequest request) {
        LOG.info("station {}: firmware publishing {} (request {}, locations {})", station, request.status(),
                request.requestId(), request.location());
        return new PublishFirmwareStatusNotificationResponse(null);
    }

    LogStatusNotificationResponse logStatus(LogStatusNotificationRequest request) {
        LOG.info("station {}: log upload {} (request {})", station, request.status(), request.requestId());
        if (services != null) {
            services.reportedStatus().record(station, ReportedStatus.Kind.LOG_UPLOAD, WireNames.of(request.status()),
                    request.requestId());
            DiagnosticsStatus status = switch (request.status()) {
                case Idle -> DiagnosticsStatus.IDLE;
                case Uploading -> DiagnosticsStatus.UPLOADING;
                case Uploaded -> DiagnosticsStatus.UPLOADED;
                case UploadFailure, BadMessage, NotSupportedOperation, PermissionDenied -> DiagnosticsStatus.UPLOAD_FAILED;
                case AcceptedCanceled -> null;
            };
            if (status != null) {
                services.transfers().diagnostics(station, status);
            }
        }
        return new LogStatusNotificationResponse(null);
    }

    ReservationStatusUpdateResponse reservationStatus(ReservationStatusUpdateRequest request) {
        LOG.info("station {}: reservation {} {}", station, request.reservationId(), request.reservationUpdateStatus());
        if (services != null) {
            services.reservations().end(station, request.reservationId(), switch (request.reservationUpdateStatus()) {
                case Expired -> EndReservation.Why.EXPIRED;
                case Removed -> EndReservation.Why.REMOVED;
            });
        }
        return new ReservationStatusUpdateResponse(null);
    }
}
