package io.gridcharge.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * An error answer as RFC 9457 problem details. {@code errors} lists the broken rules of a 400;
 * {@code errorCode}/{@code errorDescription} carry a station's CALLERROR when it refused a command.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      String errorCode, String errorDescription) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://gridcharge.io/problems/";

    /** A problem that needs no more than its HTTP status to be understood (RFC 9457 §4.2.1 about:blank). */
    public static Problem ofStatus(int status, String detail) {
        return new Problem("about:blank", HttpStatus.forStatus(status).getMessage(), status, detail, null, null, null);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, null, null, null);
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem(TYPE_BASE + ProblemType.INVALID_REQUEST.slug(), ProblemType.INVALID_REQUEST.title(),
                ProblemType.INVALID_REQUEST.status(), describe(errors), List.copyOf(errors), null, null);
    }

    public Problem withStationError(String code, String description) {
        return new Problem(type, title, status, detail, errors, code, description);
    }

    private static String describe(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + " " + e.rule()).toList());
    }
}
