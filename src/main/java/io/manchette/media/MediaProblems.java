package io.manchette.media;

import io.manchette.common.error.ProblemException;
import io.manchette.common.error.ProblemTypes;
import io.manchette.common.error.Violation;
import java.util.List;
import java.util.Map;

/** The refusals of an upload, each naming the form field {@code file}. */
final class MediaProblems {

    private MediaProblems() {}

    /** Not JPEG, PNG, WebP or GIF by its bytes, or bytes that do not decode: 415. */
    static ProblemException unsupported(String detail) {
        return new ProblemException(
                415,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type",
                detail,
                Map.of("violations", List.of(new Violation("file", detail))));
    }

    /** Over the byte limit, or a header claiming more pixels than allowed (a decompression bomb): 413. */
    static ProblemException tooLarge(String detail) {
        return new ProblemException(
                413,
                ProblemTypes.PAYLOAD_TOO_LARGE,
                "Payload too large",
                detail,
                Map.of("violations", List.of(new Violation("file", detail))));
    }
}
