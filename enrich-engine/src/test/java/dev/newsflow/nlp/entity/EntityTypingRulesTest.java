package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.TextSegmenter;
import dev.newsflow.events.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Typing rules beyond word lists: Reuters brackets, lists, bands, small towns, unknown names, competitions. */
class EntityTypingRulesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    private static Optional<EntityType> typeOf(List<RecognizedEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).map(RecognizedEntity::type).findFirst();
    }

    private static List<String> names(List<RecognizedEntity> entities) {
        return entities.stream().map(RecognizedEntity::name).toList();
    }

    @Test
    void aReutersBracketedNameIsOneCompanyAndATickerIsNothing() {
        List<RecognizedEntity> found = recognize(
                "The shares are held by <Harwick Mutual Savings Co of Ohio> and <Pemberton Grain Ltd>, it said <PMB.L>.");
        assertThat(typeOf(found, "Harwick Mutual Savings Co of Ohio")).contains(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Pemberton Grain Ltd")).contains(EntityType.ORGANIZATION);
        assertThat(names(found)).doesNotContain("Ohio", "PMB.L", "PMB");
    }

    @Test
    void aSmallTownThatIsAGivenNameOpensAPersonsNameBeforeACommonWord() {
        List<RecognizedEntity> found = recognize("Former goalkeeper Bryan Carpenter said he was happy.");
        assertThat(typeOf(found, "Bryan Carpenter")).contains(EntityType.PERSON);
        assertThat(names(found)).doesNotContain("Bryan");
    }

    @Test
    void aSmallTownNamedOftenIsStillThePersonWhoseSurnameItIs() {
        List<RecognizedEntity> found = recognize("Director Denise Eastwood has a new film. Eastwood cast unknowns. "
                + "Eastwood said it was hard. Critics praised Eastwood. Eastwood plans a sequel.");
        assertThat(names(found)).containsExactly("Denise Eastwood");
        assertThat(found.get(0).type()).isEqualTo(EntityType.PERSON);
        assertThat(found.get(0).geo()).isNull();
    }

    @Test
    void anUnknownNameTakesTheTypeOfTheNamesListedWithIt() {
        List<RecognizedEntity> people = recognize("The coach picked Tomas Brennan, Kwarteyo and Pellizzari for the final.");
        assertThat(typeOf(people, "Kwarteyo")).contains(EntityType.PERSON);
        assertThat(typeOf(people, "Pellizzari")).contains(EntityType.PERSON);
        List<RecognizedEntity> places = recognize("Exports went to Norway, Kwarteyo and Chile.");
        assertThat(typeOf(places, "Kwarteyo")).contains(EntityType.LOCATION);
    }

    @Test
    void aBandMemberMakesABandOfANameThatLooksLikeAPerson() {
        List<RecognizedEntity> found = recognize(
                "Lucy Galloway frontman Tom Reed said the tour was over. He founded Lucy Galloway at school.");
        assertThat(typeOf(found, "Lucy Galloway")).contains(EntityType.ORGANIZATION);
        assertThat(typeOf(found, "Tom Reed")).contains(EntityType.PERSON);
        assertThat(typeOf(recognize("She was the singer of Martin Kessel for a decade."), "Martin Kessel"))
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void aWorkListedAfterACommaIsStillAWork() {
        assertThat(recognize("She has made several films, including Darkwater Bay, and a play.")).isEmpty();
    }

    @Test
    void aLeagueIsACompetitionInSportAndABodyElsewhere() {
        assertThat(names(recognize("The striker scored twice in the Continental League as the midfielder watched.")))
                .doesNotContain("Continental League");
        assertThat(typeOf(recognize("The Anti-Piracy League said it would sue."), "Anti-Piracy League"))
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void aLoneGuessedPersonListedAmongOrganisationsIsOne() {
        List<RecognizedEntity> found = recognize("Handset makers such as Nokia, Sony and Thorvald are gearing up for "
                + "the launch, analysts said.");
        assertThat(typeOf(found, "Thorvald")).contains(EntityType.ORGANIZATION);
        List<RecognizedEntity> people = recognize("Kellan Brody met Nokia and Sony bosses, with Thorvald and "
                + "Mr Pellick, on Monday.");
        assertThat(typeOf(people, "Thorvald")).contains(EntityType.PERSON);
    }
}
