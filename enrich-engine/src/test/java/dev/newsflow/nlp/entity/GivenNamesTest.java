package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A given name that is also a common word, or that no list has, stays with the person's surname. */
class GivenNamesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<String> people(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text)).stream()
                .filter(e -> e.type() == EntityType.PERSON).map(RecognizedEntity::name).toList();
    }

    @Test
    void aGivenNameThatIsACommonWordIsNotCutOffAfterATitle() {
        assertThat(people("\"We are done,\" said Nortex chairman and chief executive Bill Hargreaves."))
                .containsExactly("Bill Hargreaves");
    }

    @Test
    void aTitleAnOfficeOrALabelBeforeTheNameStaysOut() {
        assertThat(people("The budget was set by the Exchequer Nigel Pottersby last week."))
                .doesNotContain("Exchequer Nigel Pottersby");
        assertThat(people("The bill was backed by Labour MP Alan Fernside and by Tory Gillian Rowarth."))
                .contains("Alan Fernside", "Gillian Rowarth");
    }
}
