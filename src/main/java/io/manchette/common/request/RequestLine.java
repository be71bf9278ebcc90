package io.manchette.common.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.Problem;
import io.manchette.common.error.ProblemTypes;
import io.manchette.common.error.RouteProblems;
import io.manchette.common.text.InputText;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The first check of every request, before security, the cache or JAX-RS: a URI over
 * {@link #MAX_URI_LENGTH} characters is a 414 problem, and a path or query parameter that is not
 * percent-encoded UTF-8 or that holds a control character ({@link InputText}) is a 400 problem
 * naming {@code path} or the parameter. So no such text reaches a query, a log line or a cache key.
 *
 * <p>Vert.x itself refuses request lines over {@code quarkus.http.limits.max-initial-line-length}
 * (set well above this limit, so that this route answers first) and raw control bytes in headers,
 * with a bare status and no body: it answers before any route runs.
 */
@ApplicationScoped
public class RequestLine {

    /** The longest URI taken, as sent (percent-encoded); browsers and CDNs accept at least 8 KB. */
    public static final int MAX_URI_LENGTH = 4096;

    /** Before {@link BodySizeLimit} (-3): a URI is judged before its body. */
    private static final int ORDER = -4;

    private final ObjectMapper json;

    RequestLine(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        var request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            context.response().putHeader("Connection", "close");
            RouteProblems.send(
                    context,
                    json,
                    Problem.of(
                            414,
                            ProblemTypes.URI_TOO_LONG,
                            "URI too long",
                            "The request URI is over the limit of " + MAX_URI_LENGTH + " characters",
                            null));
            return;
        }
        InvalidInput refused = refusal(request.path(), request.query());
        if (refused != null) {
            RouteProblems.send(context, json, Problem.of(refused, request.path()));
            return;
        }
        context.next();
    }

    /** What is wrong with this raw path and query, or {@code null}. */
    static InvalidInput refusal(String path, String query) {
        String refusal = refusalOf(path == null ? "" : path, false);
        if (refusal != null) {
            return new InvalidInput("path", refusal);
        }
        if (query == null || query.isEmpty()) {
            return null;
        }
        // Vert.x splits parameters on ';' as well as '&': every piece it could see is checked.
        for (String parameter : query.split("[&;]")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            String decodedName = decode(name, true);
            if (decodedName == null || InputText.refusalOfLine(decodedName) != null) {
                return new InvalidInput("query", "has a parameter name that is not well-formed UTF-8 text");
            }
            refusal = refusalOf(value, true);
            if (refusal != null) {
                return new InvalidInput(decodedName, refusal);
            }
        }
        return null;
    }

    private static String refusalOf(String raw, boolean formEncoded) {
        String text = decode(raw, formEncoded);
        if (text == null) {
            return "is not percent-encoded UTF-8";
        }
        // Spaces around a parameter's value are dropped by the endpoints; controls within never are.
        return InputText.refusalOfLine(formEncoded ? text.strip() : text);
    }

    /** Strict percent-decoding to UTF-8 ({@code +} as a space in a query); {@code null} when malformed. */
    static String decode(String raw, boolean formEncoded) {
        if (raw.indexOf('%') < 0 && raw.chars().allMatch(c -> c < 0x80)) {
            return formEncoded ? raw.replace('+', ' ') : raw;
        }
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c > 0xff) {
                return null; // not a byte: the request line was not read as bytes
            } else {
                bytes.write(formEncoded && c == '+' ? ' ' : c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
