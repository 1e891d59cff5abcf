package io.gridcharge.api.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ends a request with a problem and the headers that belong to it (WWW-Authenticate, Retry-After). */
public final class HttpProblem extends RuntimeException {
    private final Problem problem;
    private final Map<String, String> headers;

    public HttpProblem(Problem problem) {
        this(problem, Map.of());
    }

    private HttpProblem(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public HttpProblem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpProblem(problem, more);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
