package io.gridcharge.api.firmware;

import io.gridcharge.api.http.HttpProblem;
import io.gridcharge.api.http.Problem;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body of bytes up to a limit of its own (firmware images and diagnostics files are far larger
 * than the JSON bodies Javalin's request size limit is set for); a longer body is a 413 and is not kept.
 */
final class BinaryBody {
    private BinaryBody() {
    }

    static byte[] read(Context ctx, int maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    static HttpProblem tooLarge(int maxBytes) {
        return new HttpProblem(Problem.ofStatus(413, "The body must be at most " + maxBytes + " bytes."));
    }
}
