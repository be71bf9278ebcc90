package io.manchette.common.http;

import io.manchette.common.error.PreconditionFailed;
import io.manchette.common.error.PreconditionRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lost-update rule (RFC 9110 §13.1.1): a write names the versions it was based on, read from
 * {@code If-Match}. Management ETags are the quoted entity version ({@code "3"}); weak tags never
 * match, as the RFC's strong comparison requires.
 */
public record IfMatch(List<Long> versions) {

    private static final Pattern TAG = Pattern.compile("(W/)?\"([^\"]*)\"");

    /** The ETag of a resource at a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Reads the header; a write without it is refused with 428. */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired();
        }
        List<Long> versions = new ArrayList<>();
        Matcher tags = TAG.matcher(header);
        while (tags.find()) {
            if (tags.group(1) == null && tags.group(2).matches("\\d{1,18}")) {
                versions.add(Long.parseLong(tags.group(2)));
            }
        }
        return new IfMatch(List.copyOf(versions));
    }

    /** For actions where {@code If-Match} is optional: checked when sent, {@code null} otherwise. */
    public static IfMatch parseIfSent(String header) {
        return header == null ? null : parse(header);
    }

    /** Passes when the resource is still at one of the versions the client read; 412 otherwise. */
    public void check(long currentVersion) {
        if (!versions.contains(currentVersion)) {
            throw new PreconditionFailed(currentVersion);
        }
    }
}
