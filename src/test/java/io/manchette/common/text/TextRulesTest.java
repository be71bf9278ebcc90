package io.manchette.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.body.Paragraph;
import io.manchette.article.body.WordCounter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs and reading time, the two text rules editors see on every article. */
class TextRulesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "coup d’Etat | coup-d-etat",
                "Kazakhstan : l’armée reprend l’aéroport | kazakhstan-l-armee-reprend-l-aeroport",
                "« Le cœur » de Noël | le-coeur-de-noel",
                "L'été à Zürich — 2024 ! | l-ete-a-zurich-2024",
                "Économie & société | economie-societe",
                "Article IN_REVIEW | article-in-review"
            })
    void slugifiesFrenchTitles(String title, String slug) {
        assertEquals(slug, Slugifier.slugify(title));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0 | 1", "1 | 1", "200 | 1", "201 | 2", "400 | 2", "401 | 3"})
    void readingTimeIsAtLeastOneMinuteAt200WordsAMinute(int words, int minutes) {
        assertEquals(minutes, WordCounter.readingTimeMinutes(words));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "l’armée reprend l’aéroport | 3",
                "peut-être demain, 14 h 30 | 5",
                "« Oui » — dit-il. | 2",
                "   | 0"
            })
    void countsElidedAndHyphenatedFormsAsOneWord(String text, int words) {
        assertEquals(words, WordCounter.count(null, List.of(new Paragraph(text == null ? "" : text))));
    }
}
