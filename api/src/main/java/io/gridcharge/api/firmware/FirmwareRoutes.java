package io.gridcharge.api.firmware;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.firmware.FirmwareId;
import io.gridcharge.domain.firmware.FirmwareImage;
import io.gridcharge.domain.firmware.FirmwareLibrary;
import io.gridcharge.domain.firmware.RequestDiagnostics;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Firmware Management for operators: the hosted images (upload as the raw body with name, version and fileName
 * in the query), UpdateFirmware and GetDiagnostics for a station, its firmware and diagnostics history and the
 * diagnostics files it uploaded. Station commands answer like the others: 409, 504, 502.
 */
public final class FirmwareRoutes {
    static final String FIRMWARE = "/api/v1/firmware";
    static final String STATION = "/api/v1/stations/{id}";

    private final FirmwareServices services;
    private final StationAdministration stations;
    private final JsonBody json;

    public FirmwareRoutes(FirmwareServices services, StationAdministration stations, JsonBody json) {
        this.services = services;
        this.stations = stations;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(FIRMWARE, this::upload);
        routes.get(FIRMWARE, ctx -> ctx.json(services.library().list().stream().map(this::view).toList()));
        routes.get(FIRMWARE + "/{firmwareId}", ctx -> ctx.json(view(services.library().get(firmwareId(ctx)))));
        routes.delete(FIRMWARE + "/{firmwareId}", this::delete);
        routes.post(STATION + "/commands/update-firmware", this::updateFirmware);
        routes.post(STATION + "/commands/get-diagnostics", this::getDiagnostics);
        routes.get(STATION + "/firmware-status", ctx -> {
            StationId station = station(ctx);
            PageRequest page = page(ctx);
            ctx.json(PageView.of(services.history().firmware(station, page), FirmwareViews.StatusView::firmware));
        });
        routes.get(STATION + "/diagnostics-status", ctx -> {
            StationId station = station(ctx);
            PageRequest page = page(ctx);
            ctx.json(PageView.of(services.history().diagnostics(station, page), FirmwareViews.StatusView::diagnostics));
        });
        routes.get(STATION + "/diagnostics", ctx -> ctx.json(services.uploads().list(station(ctx)).stream()
                .map(FirmwareViews.DiagnosticsView::of).toList()));
        routes.get(STATION + "/diagnostics/{uploadId}/file", this::diagnosticsFile);
    }

    private void upload(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        String name = errors.required("name", query.text("name"));
        String version = errors.required("version", query.text("version"));
        String fileName = errors.required("fileName", query.text("fileName"));
        errors.throwIfAny();

        byte[] content = BinaryBody.read(ctx, FirmwareLibrary.MAX_IMAGE_BYTES);
        FirmwareImage image = services.library().upload(name, version, fileName, content);
        ctx.status(HttpStatus.CREATED).header("Location", FIRMWARE + "/" + image.id()).json(view(image));
    }

    private void delete(Context ctx) {
        services.library().delete(firmwareId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void updateFirmware(Context ctx) {
        FirmwareViews.UpdateFirmwareRequest request = json.read(ctx, FirmwareViews.UpdateFirmwareRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        FirmwareId firmwareId = errors.optional("firmwareId", request.firmwareId(), FirmwareId::of);
        errors.throwIfAny();

        var sent = services.update().update(station, firmwareId, request.location(), request.retrieveAt(),
                request.retries(), request.retryInterval());
        ctx.json(new FirmwareViews.UpdateFirmwareView(sent.command().location(), sent.command().retrieveAt(),
                sent.stationAnswer(), sent.requestId()));
    }

    private void getDiagnostics(Context ctx) {
        FirmwareViews.GetDiagnosticsRequest request = json.read(ctx, FirmwareViews.GetDiagnosticsRequest.class);
        StationId station = station(ctx);
        RequestDiagnostics diagnostics = services.diagnostics();
        ctx.json(FirmwareViews.DiagnosticsView.of(diagnostics.request(station, request.startTime(),
                request.stopTime(), request.retries(), request.retryInterval())));
    }

    private void diagnosticsFile(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Long uploadId = PathParameters.number(ctx, "uploadId", errors);
        errors.throwIfAny();

        stations.get(station);
        var upload = services.uploads().received(station, uploadId);
        byte[] content = services.uploads().content(station, uploadId);
        ctx.contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + upload.fileName() + "\"")
                .result(content);
    }

    private FirmwareViews.FirmwareView view(FirmwareImage image) {
        return FirmwareViews.FirmwareView.of(image, services.address().firmwareUrl(image));
    }

    private StationId station(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();
        stations.get(station);
        return station;
    }

    private static PageRequest page(Context ctx) {
        InputErrors errors = new InputErrors();
        PageRequest page = new QueryParameters(ctx, errors).page();
        errors.throwIfAny();
        return page;
    }

    private static FirmwareId firmwareId(Context ctx) {
        InputErrors errors = new InputErrors();
        FirmwareId id = errors.value("firmwareId", () -> FirmwareId.of(ctx.pathParam("firmwareId")));
        errors.throwIfAny();
        return id;
    }
}
