package io.gridcharge.api.http;

/** The kinds of problem the API answers with besides plain HTTP statuses; each has a page in openapi.json. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", 400, "The request is not valid"),
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required"),
    BAD_CREDENTIALS("bad-credentials", 401, "Wrong username or password"),
    FORBIDDEN("forbidden", 403, "Not allowed for this user"),
    NOT_FOUND("not-found", 404, "Not found"),
    PAYMENT_DECLINED("payment-declined", 402, "Payment declined"),
    CONFLICT("conflict", 409, "Conflict"),
    LOGIN_THROTTLED("login-throttled", 429, "Too many failed logins"),
    STATION_NOT_CONNECTED("station-not-connected", 409, "Station not connected"),
    UNSUPPORTED_ACTION("unsupported-action", 400, "Action not supported"),
    STATION_REFUSED("station-refused", 502, "Station answered with an error"),
    STATION_NO_ANSWER("station-no-answer", 504, "Station did not answer in time");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
