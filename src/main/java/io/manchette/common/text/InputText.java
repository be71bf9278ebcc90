package io.manchette.common.text;

/**
 * The characters input may hold, wherever it comes from (path, query, JSON): no control character
 * (PostgreSQL refuses NUL in text, and the others are invisible junk or a way to forge log lines),
 * except tab and line breaks in multi-line text, and no half of a surrogate pair, which no encoding
 * can store.
 */
public final class InputText {

    public static final String CONTROL = "must not contain control characters";
    public static final String UNPAIRED = "must be valid Unicode text (no unpaired surrogate)";

    private InputText() {}

    /** What a one-line value (a path segment, a query parameter) breaks, or {@code null}. */
    public static String refusalOfLine(CharSequence text) {
        return refusal(text, false);
    }

    /** What text that may span lines (a JSON string) breaks, or {@code null}. */
    public static String refusalOfText(CharSequence text) {
        return refusal(text, true);
    }

    private static String refusal(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return CONTROL;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return UNPAIRED;
            }
        }
        return null;
    }
}
