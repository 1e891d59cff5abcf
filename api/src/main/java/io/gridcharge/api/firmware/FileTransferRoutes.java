package io.gridcharge.api.firmware;

import io.gridcharge.api.auth.Access;
import io.gridcharge.domain.firmware.FirmwareId;
import io.gridcharge.domain.firmware.ReceiveDiagnostics;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What stations fetch and send over plain HTTP, outside /api/v1 and without a bearer token (a charger cannot
 * send one): firmware downloads at {@code /firmware/{firmwareId}/{fileName}}, whose random id is the secret,
 * and diagnostics uploads at {@code /diagnostics/{uploadToken}}, single-use and bounded in size. A station
 * may upload the raw file (PUT or POST; the name from {@code ?fileName=}) or a multipart form with one file,
 * as HTTP clients in chargers commonly do.
 */
public final class FileTransferRoutes {
    static final String DOWNLOAD = "/firmware/{firmwareId}/{fileName}";
    static final String UPLOAD = "/diagnostics/{uploadToken}";

    private final FirmwareServices services;

    public FileTransferRoutes(FirmwareServices services) {
        this.services = services;
    }

    public void register(RoutesConfig routes) {
        routes.get(DOWNLOAD, this::download, Access.ANONYMOUS);
        routes.put(UPLOAD, this::upload, Access.ANONYMOUS);
        routes.post(UPLOAD, this::upload, Access.ANONYMOUS);
    }

    /** Anything wrong with the id reads as not found: the answer must not help guess one. */
    private void download(Context ctx) {
        FirmwareId id;
        try {
            id = FirmwareId.of(ctx.pathParam("firmwareId"));
        } catch (InvalidInput e) {
            throw new NotFound("firmware", "file");
        }
        byte[] content = services.library().download(id, ctx.pathParam("fileName"));
        ctx.contentType("application/octet-stream").result(content);
    }

    private void upload(Context ctx) {
        String token = ctx.pathParam("uploadToken");
        String fileName = ctx.queryParam("fileName");
        byte[] content;
        if (ctx.isMultipartFormData()) {
            List<UploadedFile> files = ctx.uploadedFiles();
            if (files.size() != 1) {
                throw new InvalidInput("body", "must hold exactly one file");
            }
            UploadedFile file = files.getFirst();
            if (file.size() > ReceiveDiagnostics.MAX_FILE_BYTES) {
                throw BinaryBody.tooLarge(ReceiveDiagnostics.MAX_FILE_BYTES);
            }
            content = bytes(file);
            fileName = fileName != null ? fileName : file.filename();
        } else {
            content = BinaryBody.read(ctx, ReceiveDiagnostics.MAX_FILE_BYTES);
        }
        services.uploads().receive(token, fileName, content);
        ctx.status(HttpStatus.CREATED);
    }

    private static byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file failed", e);
        }
    }
}
