package io.manchette.common.error;

/** The stable problem type URIs clients can switch on; the README lists them. */
public final class ProblemTypes {

    private static final String BASE = "https://manchette.io/problems/";

    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED = BASE + "malformed-request";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    public static final String CONFLICT = BASE + "conflict";
    public static final String PRECONDITION_FAILED = BASE + "precondition-failed";
    public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    public static final String URI_TOO_LONG = BASE + "uri-too-long";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
    public static final String TOO_MANY_REQUESTS = BASE + "too-many-requests";
    public static final String SERVICE_UNAVAILABLE = BASE + "service-unavailable";
    public static final String INTERNAL = BASE + "internal";

    private ProblemTypes() {}
}
