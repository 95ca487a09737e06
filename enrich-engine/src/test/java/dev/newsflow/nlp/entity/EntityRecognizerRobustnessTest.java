package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.TextSegmenter;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.events.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts from real web pages that once made the recogniser throw, and so got their articles dead-lettered. */
class EntityRecognizerRobustnessTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<String> names(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text)).stream().map(RecognizedEntity::name).toList();
    }

    @Test
    void aSentenceWhoseOnlyWordIsALowerCaseCompoundIsSkipped() {
        // "e-mail" opens into no name part at all, which left a sentence of no tokens
        assertThat(names("Ferry talks resumed in Lakeview on Monday.\n\ne-mail\n\nwell-known\n\nThe mayor spoke."))
                .contains("Lakeview");
    }

    @Test
    void aCompoundWhoseFirstPartIsNeitherCapitalisedNorLowerCaseOpensNoName() {
        // "北京e-mail" gave a separator at offset -1, and a search of the sentence's text from there threw
        assertThat(names("\u5317\u4eace-mail, Tampa, Fla., and Lakeview.\n\nThe mayor of Lakeview spoke."))
                .contains("Lakeview");
    }

    @Test
    void aPersonOfTwoWordsWithNoSpaceBetweenThemKeepsItsName() {
        // the engine property test's article #368 of seed 20261202 ("\u2160\u2161", two words with no space between)
        // threw in JobWordPersons, which looked for a space
        assertThat(names("Sen. Ma\u00bbrk Ellison said \u2160\u2161  the bill would pass \"wi\u00bbthin weeks{.\"\t"
                + "\ufffd }\n\nDr.\tA \u0149 ma")).isNotNull();
    }

    @Test
    void aNameWhoseWordsAreApartByMoreThanOneSpaceIsTypedLikeAnyOther() {
        // the name's text is the page's own: a double space or a tab between the words once made an empty word
        String text = "The talks were led by Kalusha  Bwalya on Monday.";
        assertThat(RECOGNIZER.recognize(text, SEGMENTER.segment(text))).singleElement()
                .satisfies(bwalya -> {
                    assertThat(bwalya.name()).isEqualTo("Kalusha  Bwalya");
                    assertThat(bwalya.type()).isEqualTo(EntityType.PERSON);
                });
        assertThat(names("The talks were led by Kalusha\t Bwalya on Monday.")).containsExactly("Kalusha\t Bwalya");
        assertThat(names(" Harwick  Tenfold  Ostravia  said on Monday it would cut jobs."))
                .containsExactly("Harwick  Tenfold  Ostravia");
    }

    @Test
    void aSentenceOfNoTokensOrOfEmptyTokensHasTheShapeOfProse() {
        assertThat(SentenceShape.of(List.of())).isEqualTo(SentenceShape.PROSE);
        assertThat(SentenceShape.of(List.of(new Token("", 0, 0), new Token("Paris", 0, 5))))
                .isEqualTo(SentenceShape.PROSE);
    }
}
