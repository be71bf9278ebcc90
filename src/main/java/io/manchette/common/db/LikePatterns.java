package io.manchette.common.db;

/**
 * LIKE patterns built from what a client sent: its {@code %}, {@code _} and {@code \} match
 * themselves, never anything. Queries use them with {@code like :p escape '\'}.
 */
public final class LikePatterns {

    private LikePatterns() {}

    /** Everything that starts with {@code prefix}. */
    public static String startingWith(String prefix) {
        return escape(prefix) + "%";
    }

    /** Everything that contains {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    /** Everything below a path: {@code monde} gives the pattern of {@code monde/…}. */
    public static String below(String path) {
        return startingWith(path + "/");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
