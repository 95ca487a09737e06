package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A US state written as the wire's abbreviation after a town or a party's letter is that state. Invented names. */
class StateAbbreviationsTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    @Test
    void anAbbreviationAfterATownIsItsState() {
        assertThat(recognize("Brannock Inc, based in Fairlawn, N.J., said sales fell.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).contains(tuple("N.J.", EntityType.LOCATION));
        assertThat(recognize("The mill near Wenatchee, Wash., will close in May.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).contains(tuple("Wash.", EntityType.LOCATION));
    }

    @Test
    void aDatelinesStateAndALegislatorsStateArePlaces() {
        assertThat(recognize("DORLAN OFFERS NEW NOTES\n\nBOCA RATON, Fla, March 19 - Dorlan Corp said it would "
                + "sell notes.")).extracting(RecognizedEntity::name, RecognizedEntity::type)
                .contains(tuple("Fla", EntityType.LOCATION));
        assertThat(recognize("Rep. Gil Varnum, D-La., chairman of the panel, backed the bill.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).contains(tuple("La.", EntityType.LOCATION));
    }

    @Test
    void theAbbreviationIsTheUsStateNotATownOfItsName() {
        assertThat(recognize("The plant in Tampa, Fla., is the firm's biggest.")).filteredOn(e -> e.name().equals("Fla."))
                .extracting(RecognizedEntity::canonicalName, e -> e.geo() == null ? null : e.geo().countryCode())
                .containsExactly(tuple("Florida", null));
    }

    @Test
    void aShortNameInAListOrAfterAPersonIsNoState() {
        assertThat(recognize("Valmora has had three leaders since 2009: Hatoyama, Kan and Noda.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).doesNotContain(tuple("Kan", EntityType.LOCATION));
        assertThat(recognize("Results: Harris, Ind., 1,203 votes; Clark, Lab., 980 votes.")).extracting(
                RecognizedEntity::name).doesNotContain("Ind.");
        assertThat(recognize("SHARES RISE\n\nNEW YORK, N.Y., Feb 2 - Shares rose on Wall Street.")).extracting(
                RecognizedEntity::name).contains("New York").doesNotContain("N.Y.");
    }

    @Test
    void aWordThatIsNoStateAfterACommaStaysWhatItIs() {
        assertThat(recognize("In Jackson, Miss Ellen Carver opened the show.")).extracting(RecognizedEntity::name)
                .doesNotContain("Miss");
    }
}
