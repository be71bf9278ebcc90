package io.manchette.article.body;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Counts the words a reader reads (lead, paragraphs, headings, quotes, list items) and turns them
 * into a reading time at 200 words a minute, never less than one minute. Elided forms count as one
 * word ({@code l’armée}), as do hyphenated ones ({@code peut-être}).
 */
public final class WordCounter {

    public static final int WORDS_PER_MINUTE = 200;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private WordCounter() {}

    public static int count(String lead, List<Block> body) {
        return (int) Stream.concat(Stream.ofNullable(lead), body.stream().flatMap(Block::readableText))
                .mapToLong(WordCounter::words)
                .sum();
    }

    public static int readingTimeMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    static long words(String text) {
        return text == null ? 0 : WORD.matcher(text).results().count();
    }
}
