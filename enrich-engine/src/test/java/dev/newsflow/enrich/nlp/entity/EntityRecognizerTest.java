package dev.newsflow.enrich.nlp.entity;

import dev.newsflow.enrich.nlp.text.TextSegmenter;
import dev.newsflow.events.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRecognizerTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    private static Optional<RecognizedEntity> find(List<RecognizedEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static List<String> names(List<RecognizedEntity> entities) {
        return entities.stream().map(RecognizedEntity::name).toList();
    }

    @Test
    void laterSurnamesJoinTheFullName() {
        List<RecognizedEntity> found = recognize(
                "Harbour chief Margaret Okonjo opened the terminal. Okonjo said trade would grow. Okonjo left early.");
        RecognizedEntity okonjo = find(found, "Margaret Okonjo").orElseThrow();
        assertThat(okonjo.type()).isEqualTo(EntityType.PERSON);
        assertThat(okonjo.aliases()).containsExactly("Okonjo");
        assertThat(okonjo.mentions()).isEqualTo(3);
        assertThat(okonjo.sentences()).containsExactly(0, 1, 2);
        assertThat(names(found)).doesNotContain("Okonjo");
    }

    @Test
    void anAcronymIntroducedInParenthesesIsAnAlias() {
        List<RecognizedEntity> found = recognize(
                "The Northern Fisheries Board (NFB) cut quotas on Monday. Fishermen said the NFB had ignored them.");
        RecognizedEntity board = find(found, "Northern Fisheries Board").orElseThrow();
        assertThat(board.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(board.aliases()).containsExactly("NFB");
        assertThat(board.mentions()).isEqualTo(3);
    }

    @Test
    void anAcronymMatchingTheInitialsOfANameIsAnAlias() {
        List<RecognizedEntity> found = recognize(
                "Delegates of the Pacific Salmon Commission met in Vancouver. The PSC will publish its figures soon.");
        assertThat(find(found, "Pacific Salmon Commission").orElseThrow().aliases()).containsExactly("PSC");
    }

    @Test
    void titlesAreStrippedAndTheirCountriesKept() {
        List<RecognizedEntity> found = recognize(
                "Norwegian Prime Minister Ingrid Solberg met Secretary of State Daniel Whitcombe and Mr. Pavel Hrubý.");
        assertThat(names(found)).contains("Ingrid Solberg", "Daniel Whitcombe", "Pavel Hrubý")
                .doesNotContain("Norwegian", "Prime Minister", "Secretary of State");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(3);
    }

    @Test
    void demonymsWeekdaysAndSentenceInitialWordsAreNotEntities() {
        List<RecognizedEntity> found = recognize(
                "European and Ukrainian diplomats met on Tuesday in March. Meanwhile, Kenyan farmers waited. "
                        + "However, prices fell in Nairobi.");
        assertThat(names(found)).containsExactly("Nairobi");
    }

    @Test
    void possessivesAreNotPartOfTheName() {
        List<RecognizedEntity> found = recognize("Brazil's central bank raised rates. Lisbon's mayor objected.");
        assertThat(names(found)).contains("Brazil", "Lisbon");
    }

    @Test
    void namesInsideHyphenatedWordsCount() {
        List<RecognizedEntity> found = recognize("The Canada-Mexico talks moved to a Madrid-based mediator.");
        assertThat(names(found)).contains("Canada", "Mexico", "Madrid");
    }

    @Test
    void aDatelinePlaceIsALocationInNormalCase() {
        List<RecognizedEntity> found = recognize("PORT FEES RISE\n\nGDANSK, May 4 - Port fees rose, officials said.");
        RecognizedEntity gdansk = find(found, "Gdańsk").or(() -> find(found, "Gdansk")).orElseThrow();
        assertThat(gdansk.type()).isEqualTo(EntityType.LOCATION);
        assertThat(gdansk.geo().countryCode()).isEqualTo("PL");
    }

    @Test
    void anAllCapsHeadlineYieldsOnlyKnownNames() {
        List<RecognizedEntity> found = recognize(
                "KENYA SEEKS NEW TEA BUYERS\n\nKenya wants new buyers for its tea, the Tea Board said.");
        RecognizedEntity kenya = find(found, "Kenya").orElseThrow();
        assertThat(kenya.mentions()).isEqualTo(2);
        assertThat(kenya.firstOffset()).isZero();
        assertThat(names(found)).doesNotContain("Seeks", "New Tea Buyers", "SEEKS");
    }

    @Test
    void differentNamesOfOneCountryAreOneEntity() {
        List<RecognizedEntity> found = recognize(
                "The United States imposed tariffs. U.S. farmers protested, and America's allies worried.");
        RecognizedEntity us = find(found, "United States").orElseThrow();
        assertThat(us.aliases()).contains("U.S.", "America");
        assertThat(us.geo().countryCode()).isEqualTo("US");
    }

    @Test
    void organisationsAreRecognisedByCueWords() {
        List<RecognizedEntity> found = recognize(
                "Shares of Halvard Shipping Ltd rose after the Ministry of Transport approved the deal.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(RecognizedEntity::name)
                .contains("Halvard Shipping Ltd", "Ministry of Transport");
    }

    @Test
    void salienceIsHighestForTheMostMentionedEntity() {
        List<RecognizedEntity> found = recognize(
                "Peru votes\n\nPeru held a vote. Observers from Chile watched. Peru counted fast. Peru celebrated.");
        assertThat(found.get(0).name()).isEqualTo("Peru");
        assertThat(found.get(0).salience()).isEqualTo(1.0);
        assertThat(find(found, "Chile").orElseThrow().salience()).isLessThan(0.5);
    }

    @Test
    void aBigCityThatSaysSomethingIsStillAPlace() {
        List<RecognizedEntity> found = recognize("The sanctions will stay, Washington said on Monday.");
        assertThat(find(found, "Washington").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aSmallTownNameThatSpeaksIsThePersonThroughout() {
        List<RecognizedEntity> found = recognize(
                "The new film by Eastwood opened on Friday. \"We worked hard,\" Eastwood said.");
        RecognizedEntity eastwood = find(found, "Eastwood").orElseThrow();
        assertThat(eastwood.type()).isEqualTo(EntityType.PERSON);
        assertThat(eastwood.geo()).isNull();
        assertThat(found).filteredOn(e -> e.name().equals("Eastwood")).hasSize(1);
    }

    @Test
    void aKnownCountryEndingInAnOrganisationWordIsAPlace() {
        List<RecognizedEntity> found = recognize("Grain sales to the Soviet Union rose in March.");
        assertThat(find(found, "Soviet Union").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void tickerSymbolsAreNotNames() {
        List<RecognizedEntity> found = recognize("Shares of Brightwater AG <BRWX.F> and Lindqvist AB <LNDQ.ST> rose.");
        assertThat(names(found)).contains("Brightwater AG", "Lindqvist AB").doesNotContain("BRWX", "F", "LNDQ", "ST");
    }

    @Test
    void namedStormsAreNotEntities() {
        List<RecognizedEntity> found = recognize("Crops in Honduras were ruined when Hurricane Delphine struck.");
        assertThat(names(found)).containsExactly("Honduras");
    }

    @Test
    void anOrganisationNameMayJoinTwoFieldsWithAnd() {
        List<RecognizedEntity> found = recognize("The Highland Tourism and Crafts Council met the Department of "
                + "Fisheries and Forestry on Monday, as did officials from Norway and Denmark.");
        assertThat(names(found)).contains("Highland Tourism and Crafts Council", "Department of Fisheries and Forestry",
                "Norway", "Denmark");
        assertThat(find(found, "Highland Tourism and Crafts Council").orElseThrow().type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void twoOrganisationsJoinedByAndStayTwo() {
        List<RecognizedEntity> found = recognize("The Harbour Ministry and Chamber of Shipping disagreed on fees.");
        assertThat(names(found)).contains("Harbour Ministry", "Chamber of Shipping");
    }

    @Test
    void clubsAreOrganisationsAndPlaceNamedClubsOnlyInSportArticles() {
        List<RecognizedEntity> sport = recognize("Arsenal beat Chelsea 2-1 after their striker scored a late "
                + "penalty at the stadium.");
        assertThat(find(sport, "Arsenal").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find(sport, "Chelsea").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        List<RecognizedEntity> politics = recognize("The mayor of Liverpool opened a library on Monday.");
        assertThat(find(politics, "Liverpool").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aWebsiteIsOneOrganisation() {
        List<RecognizedEntity> found = recognize("Sales at Amazon.com rose sharply in December.");
        assertThat(find(found, "Amazon.com").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
