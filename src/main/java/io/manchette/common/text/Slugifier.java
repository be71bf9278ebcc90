package io.manchette.common.text;

import com.github.slugify.Slugify;
import java.util.Map;

/**
 * Turns French titles into URL slugs: accents folded, ligatures spelled out, and typographic
 * apostrophes and guillemets treated as word separators ({@code coup d’Etat} gives {@code coup-d-etat}).
 */
public final class Slugifier {

    /** Slugify drops characters it cannot fold; these must separate words or keep their letters. */
    private static final Map<String, String> FRENCH = Map.ofEntries(
            Map.entry("’", " "),
            Map.entry("‘", " "),
            Map.entry("ʼ", " "),
            Map.entry("'", " "),
            Map.entry("«", " "),
            Map.entry("_", " "),
            Map.entry("»", " "),
            Map.entry("œ", "oe"),
            Map.entry("Œ", "Oe"),
            Map.entry("æ", "ae"),
            Map.entry("Æ", "Ae"));

    private static final Slugify SLUGIFY =
            Slugify.builder().customReplacements(FRENCH).lowerCase(true).build();

    private Slugifier() {}

    public static String slugify(String text) {
        return SLUGIFY.slugify(text == null ? "" : text);
    }
}
