package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A name after an honorific is a person's even when it also names a place. */
class TitledNamesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    @Test
    void aPlaceNameAfterAnHonorificIsAPerson() {
        List<RecognizedEntity> found = recognize("The reform was first proposed in 1820 by Lord Liverpool, who led "
                + "the government. Later President Lincoln signed a similar law.");
        assertThat(found).filteredOn(e -> e.name().equals("Liverpool")).extracting(RecognizedEntity::type)
                .containsExactly(EntityType.PERSON);
    }

    @Test
    void anHonorificWordInsideACompanysNameIsNoTitle() {
        List<RecognizedEntity> found = recognize("Harlow Corp sold Harlow General Medical Corp to a rival last week.");
        assertThat(found).extracting(RecognizedEntity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void aPerformersJobOpeningTheNameIsNoPartOfIt() {
        assertThat(recognize("DJ Tessa Marwick left the station on Friday.")).extracting(RecognizedEntity::name)
                .containsExactly("Tessa Marwick");
        String text = "Rapper Dane Kovo beat the Leeds band to the top of the chart.";
        assertThat(recognize(text)).extracting(RecognizedEntity::name)
                .contains("Dane Kovo").doesNotContain("Rapper Dane Kovo");
        assertThat(recognize("DJ Arnott scored 22 points as the Hawks beat Denver.")).extracting(RecognizedEntity::name)
                .contains("DJ Arnott");
    }
}
