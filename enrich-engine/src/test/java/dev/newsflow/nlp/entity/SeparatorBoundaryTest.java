package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A punctuation mark with spaces on both sides (a title's " | ", a breadcrumb's " » ", a caption's " · ") separates
 * names and is never inside one; a hyphen without spaces and an ampersand are parts of names. Invented names, but for
 * the town.
 */
class SeparatorBoundaryTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();
    private static final List<String> SEPARATORS = List.of("|", "\u00B7", "\u00BB", "\u2022", "\u2013", "/");
    /** An article whose body holds the line given, and later names its photographer in prose. */
    private static final String WITH = "Ferry terminal closes\n\n%s\n\nThe council voted on Tuesday to close the "
            + "terminal, said Ana Ruiz.";

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    private static List<String> names(String text) {
        return recognize(text).stream().map(RecognizedEntity::name).toList();
    }

    @Test
    void aTitlesPlaceAndTheSiteAfterItsSeparatorAreTwoNames() {
        for (String separator : SEPARATORS) {
            List<RecognizedEntity> found = recognize("Portsmouth " + separator + " Harbour Gazette\n\n"
                    + "The council in Portsmouth voted on Tuesday to close the old ferry terminal.");
            assertThat(found).as(separator).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                    tuple("Portsmouth", EntityType.LOCATION), tuple("Harbour Gazette", EntityType.ORGANIZATION));
            assertThat(found).as(separator).extracting(RecognizedEntity::name)
                    .noneMatch(name -> name.contains(separator));
        }
    }

    @Test
    void namesEitherSideOfASeparatorInProseAreTwoNames() {
        for (String separator : SEPARATORS) {
            assertThat(names(WITH.formatted("Officials from Dunmere City Council " + separator
                    + " Harbour Gazette said on Tuesday that the terminal would shut.")))
                    .as(separator).contains("Dunmere City Council").noneMatch(name -> name.contains(separator));
        }
    }

    @Test
    void aCaptionsPhotographerAndAgencyAreNeverOneName() {
        for (String separator : SEPARATORS) {
            assertThat(names(WITH.formatted("The empty quay at dawn.\n\nAna Ruiz " + separator + " Coast Courier")))
                    .as(separator).contains("Ana Ruiz").noneMatch(name -> name.contains(separator));
        }
    }

    @Test
    void hyphenatedAndAmpersandNamesStayWhole() {
        List<RecognizedEntity> found = recognize("Ferry terminal closes\n\nMarta Quell-Ibsen of Varn-Holder said on "
                + "Tuesday that Dunmere & Pask would buy the quay | Portsmouth Harbour Gazette");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Marta Quell-Ibsen", EntityType.PERSON), tuple("Dunmere & Pask", EntityType.ORGANIZATION));
        assertThat(found).extracting(RecognizedEntity::name).contains("Varn-Holder")
                .noneMatch(name -> name.contains("|"));
    }
}
