package io.gridcharge.api.security;

import io.gridcharge.api.command.Answers;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.InstalledCertificates;
import io.gridcharge.domain.security.LogFile;
import io.gridcharge.domain.security.LogKind;
import io.gridcharge.domain.security.ReportedStatus;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.domain.security.SecurityProfile;
import io.gridcharge.domain.security.TriggerableMessage;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The OCPP 1.6 Security Whitepaper for operators: a station's security profile (recorded, or upgraded through
 * the station), its Basic Auth password changed through the station, its security events and the progress of
 * its log uploads and signed firmware updates, the certificate commands, and the platform CA's root
 * certificate. Commands wait for the station: 409 not connected, 504 no answer, 502 refused with a CALLERROR.
 */
public final class SecurityRoutes {
    static final String SECURITY = "/api/v1/stations/{id}/security";
    static final String COMMANDS = "/api/v1/stations/{id}/commands/";
    static final String ROOT_CERTIFICATE = "/api/v1/pki/root-certificate";
    /** OCPP 1.6 Security Whitepaper schemas: certificate 5500 characters, remoteLocation 512. */
    private static final int MAX_CERTIFICATE = 5500;
    private static final int MAX_LOCATION = 512;
    private static final String CSMS_ROOT = "CSMSRootCertificate";

    private final SecurityServices services;
    private final JsonBody json;

    public SecurityRoutes(SecurityServices services, JsonBody json) {
        this.services = services;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get(SECURITY, this::get);
        routes.put(SECURITY, this::recordProfile);
        routes.post(SECURITY + "/password", this::changePassword);
        routes.post(SECURITY + "/profile-upgrade", this::upgradeProfile);
        routes.get("/api/v1/stations/{id}/security-events", this::securityEvents);
        routes.get("/api/v1/stations/{id}/log-status-reports",
                ctx -> reportedStatus(ctx, ReportedStatus.Kind.LOG_UPLOAD));
        routes.get("/api/v1/stations/{id}/signed-firmware-status-reports",
                ctx -> reportedStatus(ctx, ReportedStatus.Kind.SIGNED_FIRMWARE_UPDATE));
        routes.get("/api/v1/stations/{id}/certificates", this::stationCertificates);
        routes.post(COMMANDS + "install-certificate", this::installCertificate);
        routes.post(COMMANDS + "delete-certificate", this::deleteCertificate);
        routes.post(COMMANDS + "get-installed-certificate-ids", this::installedCertificates);
        routes.post(COMMANDS + "extended-trigger-message", this::extendedTrigger);
        routes.post(COMMANDS + "get-log", this::getLog);
        routes.post(COMMANDS + "signed-update-firmware", this::signedUpdateFirmware);
        routes.post(COMMANDS + "set-network-profile", this::setNetworkProfile);
        routes.get(ROOT_CERTIFICATE, ctx -> ctx.contentType("application/x-pem-file")
                .result(services.rootCertificate().get()));
    }

    private void get(Context ctx) {
        StationId station = station(ctx);
        ctx.json(SecurityJson.StationSecurityView.of(services.administration().get(station)));
    }

    /** The operator records the profile a station was installed with; no call goes to the station. */
    private void recordProfile(Context ctx) {
        SecurityJson.ProfileRequest request = json.read(ctx, SecurityJson.ProfileRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        SecurityProfile profile = profile(request.securityProfile(), errors);
        errors.throwIfAny();
        ctx.json(SecurityJson.StationSecurityView.of(services.administration().recordProfile(station, profile)));
    }

    /** OCPP 1.6 Security Whitepaper A01: ChangeConfiguration AuthorizationKey; both passwords work until reconnect. */
    private void changePassword(Context ctx) {
        SecurityJson.PasswordRequest request = json.read(ctx, SecurityJson.PasswordRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.required("password", request.password());
        errors.throwIfAny();
        CommandReply reply = Answers.await(services.passwords().change(station, request.password()), station,
                "change-password");
        ctx.json(new SecurityJson.StatusView(reply.status()));
    }

    /** OCPP 1.6 Security Whitepaper A05: ChangeConfiguration SecurityProfile, only upwards. */
    private void upgradeProfile(Context ctx) {
        SecurityJson.ProfileRequest request = json.read(ctx, SecurityJson.ProfileRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        SecurityProfile profile = profile(request.securityProfile(), errors);
        errors.throwIfAny();
        CommandReply reply = Answers.await(services.profiles().upgrade(station, profile), station,
                "profile-upgrade");
        ctx.json(new SecurityJson.StatusView(reply.status()));
    }

    private void securityEvents(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        QueryParameters query = new QueryParameters(ctx, errors);
        Boolean critical = query.bool("critical");
        PageRequest page = query.page();
        errors.throwIfAny();
        services.administration().get(station);
        ctx.json(PageView.of(services.securityEvents().list(station, Boolean.TRUE.equals(critical), page),
                SecurityJson.SecurityEventView::of));
    }

    private void reportedStatus(Context ctx, ReportedStatus.Kind kind) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        PageRequest page = new QueryParameters(ctx, errors).page();
        errors.throwIfAny();
        services.administration().get(station);
        ctx.json(PageView.of(services.reportedStatus().list(station, kind, page), SecurityJson.ReportedStatusView::of));
    }

    /** What the platform knows of a station's certificates: issued to it, installed on it, reported by it. */
    private void stationCertificates(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        PageRequest page = new QueryParameters(ctx, errors).page();
        errors.throwIfAny();
        services.administration().get(station);
        ctx.json(PageView.of(services.certificates().of(station, page), SecurityJson.StationCertificateView::of));
    }

    private void installCertificate(Context ctx) {
        var request = json.read(ctx, SecurityJson.InstallCertificateRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        RootCertificateKind kind = oneOf(errors, "certificateType", request.certificateType(),
                SecurityRoutes::certificateKind);
        errors.required("certificate", request.certificate());
        errors.maxLength("certificate", request.certificate(), MAX_CERTIFICATE);
        StationCommand.InstallCertificate command = kind == null || request.certificate() == null ? null
                : errors.value(() -> new StationCommand.InstallCertificate(kind, request.certificate()));
        errors.throwIfAny();
        CommandReply reply = Answers.await(services.certificates().install(station, command), station,
                "install-certificate");
        ctx.json(new SecurityJson.StatusView(reply.status()));
    }

    private void deleteCertificate(Context ctx) {
        var request = json.read(ctx, SecurityJson.CertificateHashData.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        CertificateId id = errors.value(() -> new CertificateId(request.hashAlgorithm(), request.issuerNameHash(),
                request.issuerKeyHash(), request.serialNumber()));
        errors.throwIfAny();
        CommandReply reply = Answers.await(services.certificates().delete(station,
                new StationCommand.DeleteCertificate(id)), station, "delete-certificate");
        ctx.json(new SecurityJson.StatusView(reply.status()));
    }

    private void installedCertificates(Context ctx) {
        var request = json.read(ctx, SecurityJson.CertificateTypeRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        // Without a type, a 2.0.1 station lists the certificates of every type (M03); a 1.6 station needs one.
        List<RootCertificateKind> kinds = new ArrayList<>();
        if (request.certificateType() != null) {
            kinds.add(errors.value("certificateType", () -> certificateKind(request.certificateType())));
        }
        if (request.certificateTypes() != null) {
            request.certificateTypes().forEach(type -> kinds.add(oneOf(errors, "certificateTypes", type,
                    SecurityRoutes::certificateKind)));
        }
        errors.throwIfAny();
        CommandReply reply = Answers.await(services.certificates().listInstalled(station,
                new StationCommand.GetInstalledCertificateIds(kinds)), station, "get-installed-certificate-ids");
        ctx.json(SecurityJson.InstalledCertificatesView.of(reply.status(),
                reply.result() instanceof InstalledCertificates installed ? installed : null));
    }

    private void extendedTrigger(Context ctx) {
        var request = json.read(ctx, SecurityJson.ExtendedTriggerRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        TriggerableMessage message = oneOf(errors, "requestedMessage", request.requestedMessage(),
                Vocabulary.EXTENDED_TRIGGER_MESSAGE::parse);
        StationCommand.ExtendedTrigger command = message == null ? null : errors.value(() ->
                new StationCommand.ExtendedTrigger(message, request.connectorId()));
        errors.throwIfAny();
        status(ctx, station, "extended-trigger-message", command);
    }

    private void getLog(Context ctx) {
        var request = json.read(ctx, SecurityJson.GetLogRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        LogKind kind = oneOf(errors, "logType", request.logType(), Vocabulary.LOG_KIND::parse);
        Integer requestId = errors.required("requestId", request.requestId());
        errors.required("remoteLocation", request.remoteLocation());
        errors.maxLength("remoteLocation", request.remoteLocation(), MAX_LOCATION);
        StationCommand.GetLog command = kind == null || requestId == null || request.remoteLocation() == null ? null
                : errors.value(() -> new StationCommand.GetLog(kind, requestId,
                request.remoteLocation(), request.oldestTimestamp(), request.latestTimestamp(), request.retries(),
                request.retryInterval()));
        errors.throwIfAny();
        CommandReply reply = Answers.await(services.commands().send(station, command), station, "get-log");
        ctx.json(new SecurityJson.LogRequestedView(reply.status(),
                reply.result() instanceof LogFile file ? file.fileName() : null));
    }

    /** OCPP 1.6 Security Whitepaper L01; the progress arrives as SignedFirmwareStatusNotification. */
    private void signedUpdateFirmware(Context ctx) {
        var request = json.read(ctx, SecurityJson.SignedUpdateFirmwareRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Integer requestId = errors.required("requestId", request.requestId());
        errors.required("location", request.location());
        errors.required("retrieveDateTime", request.retrieveDateTime());
        errors.required("signingCertificate", request.signingCertificate());
        errors.required("signature", request.signature());
        StationCommand.SignedUpdateFirmware command = requestId == null || request.location() == null
                || request.retrieveDateTime() == null || request.signingCertificate() == null
                || request.signature() == null ? null
                : errors.value(() -> new StationCommand.SignedUpdateFirmware(requestId, request.location(),
                        request.retrieveDateTime(), request.installDateTime(), request.signingCertificate(),
                        request.signature(), request.retries(), request.retryInterval()));
        errors.throwIfAny();
        status(ctx, station, "signed-update-firmware", command);
    }

    /**
     * OCPP 2.0.1 B09: the connection data of a configuration slot. The station answers at once; it uses the slot
     * once NetworkConfigurationPriority names it (SetVariables) and it reconnects. Its passwords and keys never
     * reach a log or the journal.
     */
    private void setNetworkProfile(Context ctx) {
        var request = json.read(ctx, SecurityJson.SetNetworkProfileRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Integer slot = errors.required("configurationSlot", request.configurationSlot());
        SecurityJson.ConnectionData data = errors.required("connectionData", request.connectionData());
        StationCommand.SetNetworkProfile command = slot == null || data == null ? null : errors.value(() ->
                new StationCommand.SetNetworkProfile(slot, data.profile()));
        errors.throwIfAny();
        status(ctx, station, "set-network-profile", command);
    }

    private void status(Context ctx, StationId station, String action, StationCommand command) {
        CommandReply reply = Answers.await(services.commands().send(station, command), station, action);
        ctx.json(new SecurityJson.StatusView(reply.status()));
    }

    private static StationId station(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();
        return station;
    }

    /** The API's spelling, or OCPP 2.0.1's CSMSRootCertificate for the central system's root. */
    private static RootCertificateKind certificateKind(String name) {
        return CSMS_ROOT.equals(name) ? RootCertificateKind.CENTRAL_SYSTEM_ROOT
                : Vocabulary.ROOT_CERTIFICATE_KIND.parse(name);
    }

    private static SecurityProfile profile(Integer number, InputErrors errors) {
        Integer given = errors.required("securityProfile", number);
        return given == null ? null : errors.value("securityProfile", () -> SecurityProfile.of(given));
    }

    private static <T> T oneOf(InputErrors errors, String field, String value, Function<String, T> parse) {
        String given = errors.required(field, value);
        return given == null ? null : errors.value(field, () -> parse.apply(given));
    }
}
