package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A given name that is also a common word, or that no list has, stays with the person's surname; so does a surname
 * that is also a month ({@code MonthSurnames}), unless the month is a date.
 */
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

    @Test
    void aGivenNameKeepsItsMonthSurname() {
        assertThat(people("The guitarist Ellen May played the anthem from the roof on Monday."))
                .containsExactly("Ellen May");
        assertThat(people("Later, Owen May scored twice for the visitors, and the coach praised him."))
                .containsExactly("Owen May");
    }

    @Test
    void aGivenNameTheTaggerSkippedBecomesAPersonWithItsMonthSurname() {
        assertThat(people("James March, the presenter, agreed with the panel."))
                .containsExactly("James March");
    }

    @Test
    void aDayNumberOrAYearAfterTheMonthMakesItADate() {
        assertThat(people("The memo reached Oliver May 3, two days late, the clerk said."))
                .doesNotContain("Oliver May");
        assertThat(people("Signed by Nadia Orlova, the treaty of Lucas May 2004 still stands."))
                .doesNotContain("Lucas May");
    }

    @Test
    void aGivenNameThatIsAPlaceIsLeftAlone() {
        assertThat(people("In Georgia March rainfall was the highest on record, the weather service said."))
                .isEmpty();
    }

    @Test
    void aMonthInsideALongerNameIsNoSurname() {
        assertThat(people("Union members joined the Dana Holtby May Day rally in the town centre."))
                .doesNotContain("Dana Holtby May");
        assertThat(people("On Christmas Eve May Fenwick opened her presents with the family."))
                .doesNotContain("Eve May");
        assertThat(RECOGNIZER.recognize("The St Patrick March through the old town drew record crowds.",
                SEGMENTER.segment("The St Patrick March through the old town drew record crowds.")).stream()
                .map(RecognizedEntity::name)).doesNotContain("St Patrick March");
    }
}
