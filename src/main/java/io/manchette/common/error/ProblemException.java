package io.manchette.common.error;

import java.util.Map;

/**
 * A failure the client can act on: it carries its HTTP status and its problem type, so the single
 * mapper in {@link ProblemMappers} turns every domain exception into RFC 9457 problem details.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public ProblemException(int status, String type, String title, String detail, Map<String, Object> extensions) {
        this(status, type, title, detail, extensions, Map.of());
    }

    /** A problem that also sets response headers ({@code Retry-After} on a 429). */
    public ProblemException(
            int status,
            String type,
            String title,
            String detail,
            Map<String, Object> extensions,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = extensions;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
