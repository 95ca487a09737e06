package dev.newsflow.nlp.keywords;

import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordExtractorTest {

    private static final KeywordExtractor EXTRACTOR = KeywordExtractor.load();
    private static final String ARTICLE = """
            Offshore Wind Farm Approved For Northern Coast

            The regional government approved a new offshore wind farm on Tuesday. The wind farm will power \
            forty thousand homes, the energy minister said. Fishermen worry that the wind farm will close \
            fishing grounds, and the fishing association asked for compensation. Construction of the offshore \
            wind farm starts next year.
            """;

    private static List<String> keywords(String text, int max) {
        return EXTRACTOR.extract(text, new TextSegmenter().segment(text), max);
    }

    @Test
    void repeatedHeadlinePhraseComesFirst() {
        assertThat(keywords(ARTICLE, 8).getFirst()).isEqualTo("offshore wind farm");
    }

    @Test
    void phrasesAreLowerCaseWithoutStopWordsOrDuplicates() {
        List<String> keywords = keywords(ARTICLE, 8);

        assertThat(keywords).allMatch(k -> k.equals(k.toLowerCase()))
                .doesNotHaveDuplicates()
                .noneMatch(k -> k.startsWith("the ") || k.endsWith(" the") || k.contains("said"))
                .doesNotContain("wind farm", "wind", "farm", "wind farm approved")
                .contains("fishing association");
    }

    @Test
    void returnsAtMostTheRequestedNumber() {
        assertThat(keywords(ARTICLE, 3)).hasSize(3);
        assertThat(keywords("", 5)).isEmpty();
    }

    @Test
    void aWordOfHundredsOfLettersIsNoKeywordAndCostsNoneOfTheOthers() {
        String junk = "x".repeat(300);

        assertThat(keywords(ARTICLE + " The code " + junk + " was pasted twice: " + junk + ".", 8))
                .first().isEqualTo("offshore wind farm");
        assertThat(keywords(ARTICLE + junk, 20)).noneMatch(k -> k.contains(junk));
    }
}
