package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.TextSegmenter;
import dev.newsflow.events.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void theSurnamesOfATeamLineUpArePeopleEvenWhenOneIsAlsoAPlace() {
        List<RecognizedEntity> found = recognize("""
                Harwick edge past Dunmore

                Harwick beat Dunmore 24-10 on Saturday. Fly-half Tom Pellew kicked four penalties and Alun Brisco \
                scored the only try after a break by Gethin Morrow.

                Pellew; Brisco, Ashdown, Morrow, Vellacott; Dunstan, Halloran; Peverell, Hamilton, Tresize.

                Replacements: Lanyon, Pascoe, Trebilcock, Nancarrow.
                """);
        for (String player : List.of("Ashdown", "Vellacott", "Halloran", "Peverell", "Pascoe", "Trebilcock", "Hamilton")) {
            assertThat(find(found, player)).as(player).map(RecognizedEntity::type).contains(EntityType.PERSON);
        }
    }

    @Test
    void aDottedAbbreviationDoesNotSwallowTheCapitalisedWordAfterIt() {
        List<RecognizedEntity> found = recognize("Japan protests over tariffs\n\nTrade officials in Tokyo described the "
                + "U.S. Action as a severe warning to Japanese exporters. Dealers said the U.K. Markets had been volatile "
                + "since January, and the U.S. Congress is due to debate the tariffs next week.");
        assertThat(names(found)).contains("U.K.", "Congress").noneMatch(name -> name.startsWith("U.K. ")
                || name.startsWith("U.S. "));
        assertThat(find(found, "U.K.").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
        assertThat(find(found, "Congress").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCompanyNameGoesOnPastAndToItsLegalForm() {
        List<RecognizedEntity> found = recognize("Utility profits rise\n\nShares of Pellworth and Co Inc rose on "
                + "Tuesday after Harlan Electric and Power Co reported higher profits.");
        assertThat(names(found)).contains("Pellworth and Co Inc", "Harlan Electric and Power Co");
        assertThat(find(found, "Pellworth and Co Inc").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNameEndsAtADashAndShedsTheTitlesAroundIt() {
        List<RecognizedEntity> found = recognize("The minister, Harold Wexby - a veteran of three cabinets - said the "
                + "plan would fail. Backbench critic Ian Dorrell MP agreed with Wexby. Labour MP Sarah Quill did not.");
        assertThat(names(found)).contains("Harold Wexby", "Ian Dorrell", "Sarah Quill")
                .noneMatch(name -> name.contains(" - ") || name.contains("MP"));
        assertThat(find(found, "Harold Wexby").orElseThrow().type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLowerCaseWordBetweenTwoNamesKeepsThemApart() {
        List<RecognizedEntity> found = recognize("He replaced former Leeds team-mate Mark Wright, who guided Chester "
                + "to the title. The vote in the Commons on Tuesday was close.");
        assertThat(names(found)).contains("Leeds", "Mark Wright", "Commons")
                .noneMatch(name -> name.contains("team-mate") || name.contains("Tuesday"));
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
    void anAcronymAfterACountrysBodyAbbreviatesTheBodyNotTheCountry() {
        List<RecognizedEntity> found = recognize("Grid storage grants announced\n\nThe U.S. Department of Energy (DOE) "
                + "announced grants for grid storage on Monday. Officials at the Canadian Space Agency (CSA) and the "
                + "UK Office for Nuclear Regulation (ONR) welcomed the plan. The DOE will name the winners in May.");
        assertThat(find(found, "U.S.").or(() -> find(found, "United States")).orElseThrow().aliases())
                .doesNotContain("DOE", "ONR", "CSA");
        assertThat(found).filteredOn(e -> e.aliases().contains("DOE")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION))
                .satisfies(e -> assertThat(e.name()).contains("Department of Energy"));
        assertThat(found).filteredOn(e -> e.aliases().contains("ONR")).singleElement()
                .satisfies(e -> assertThat(e.name()).contains("Office for Nuclear Regulation"));
    }

    @Test
    void anAcronymJoinsTheBodyAloneWhenThePlaceInItsNameIsNamedAgain() {
        List<RecognizedEntity> found = recognize("Fish stocks\n\nThe Fisheries Council of Norway (FCN) said on Monday "
                + "that Norway would cut quotas. The Government of the United States (GUS) said that U.S. boats would "
                + "follow.");
        assertThat(find(found, "Norway").orElseThrow().aliases()).doesNotContain("FCN");
        assertThat(find(found, "Norway").orElseThrow().mentions()).isEqualTo(1);
        assertThat(found).filteredOn(e -> e.aliases().contains("FCN")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Fisheries Council of Norway"))
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
        assertThat(found).filteredOn(e -> e.aliases().contains("GUS")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION))
                .satisfies(e -> assertThat(e.aliases()).doesNotContain("U.S."));
    }

    @Test
    void anAcronymIsNoAliasOfAPlaceInsideALongerName() {
        List<RecognizedEntity> found = recognize("Aid talks\n\nThe Friends of Syria (FOS) met in Paris on Monday. "
                + "The FOS said aid would grow.");
        assertThat(found).filteredOn(e -> e.aliases().contains("FOS")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Friends of Syria"))
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void aBodysNameTheTaggerCutIsWholeWhenItsAcronymSpellsIt() {
        List<RecognizedEntity> found = recognize("Aid talks\n\nThe Coalition for Syria (CFS) met in Paris on Monday. "
                + "The CFS said aid would grow.");
        assertThat(found).filteredOn(e -> e.aliases().contains("CFS")).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Coalition for Syria"))
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void aPersonOrARegionBeforeAnAcronymIsNoBody() {
        List<RecognizedEntity> found = recognize("Aid talks\n\nGrowth in the Middle East and North Africa (MENA) "
                + "slowed, said Councillor Marla Quinton (LDP). The plan was backed by Sir Kelm Harrow (SKH) and the "
                + "Democratic Republic of Congo (DRC). The Harrow Conservancy (THC) bought land. The Harrow "
                + "Conservancy said it would plant trees.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Middle East", EntityType.LOCATION), tuple("Marla Quinton", EntityType.PERSON),
                tuple("Kelm Harrow", EntityType.PERSON), tuple("Democratic Republic of Congo", EntityType.LOCATION));
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Middle East and North Africa",
                "Sir Kelm Harrow", "The Harrow Conservancy");
        assertThat(find(found, "Harrow Conservancy").orElseThrow().mentions()).isEqualTo(3);
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

    @Test
    void titlesOfWorksAreNotEntitiesWhereverTheyAppear() {
        List<RecognizedEntity> found = recognize("The director's new film Harbour Lights opened in May. "
                + "Harbour Lights earned praise. Critics compared it with films such as Grey Tides and Salt Road. "
                + "Marta Lind starred in Paper Moons and a revue, Tin Hat, and appeared in 1998's Winter Bells.");
        assertThat(names(found)).doesNotContain("Harbour Lights", "Grey Tides", "Salt Road", "Paper Moons", "Tin Hat",
                "Winter Bells");
        assertThat(find(found, "Marta Lind").orElseThrow().type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNamedStormIsNotAPersonLaterInTheArticle() {
        List<RecognizedEntity> found = recognize("Hurricane Odalys hit the coast. Odalys destroyed hundreds of homes.");
        assertThat(names(found)).doesNotContain("Odalys", "Hurricane Odalys");
    }

    @Test
    void aNumberedSequelIsAProductNotAnOrganisation() {
        assertThat(names(recognize("Fans queued for Sky-Runner 3 in shops on Friday."))).doesNotContain("Sky-Runner");
    }

    @Test
    void regnalNumbersStayInTheName() {
        List<RecognizedEntity> found = recognize("The archive holds letters of Charles I and of Henry VIII.");
        assertThat(find(found, "Charles I").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(find(found, "Henry VIII").orElseThrow().type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPlaceWithACompassWordIsAConstituencyOfItsOwn() {
        List<RecognizedEntity> found = recognize("She won Glasgow North in 2001 and later moved to Glasgow.");
        assertThat(find(found, "Glasgow North").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
        assertThat(names(found)).contains("Glasgow");
    }

    @Test
    void aNationalityStaysInARegionalPartyButNotBeforeAStateBody() {
        List<RecognizedEntity> found = recognize("She joined the Scottish Labour Party while the Brazilian Foreign "
                + "Ministry and an angry American Congress objected on British TV.");
        assertThat(find(found, "Scottish Labour Party").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(found)).contains("Foreign Ministry", "Congress")
                .doesNotContain("Brazilian Foreign Ministry", "American Congress", "British TV", "TV");
    }

    @Test
    void pluralDemonymsAndHyphenatedDemonymsAreNotEntities() {
        assertThat(recognize("The Kenyans beat the Zambians in a Franco-American venue.")).isEmpty();
    }

    @Test
    void lowerCaseNounsAroundANameTellItsType() {
        List<RecognizedEntity> found = recognize("Shares in water firm Quellbrunn rose. The rock band Velvet "
                + "Anchors toured. Brightloop spokesman Tom Hale said sales grew. She lives in the city of Oruvale "
                + "and is the MP for Kestlewick.");
        assertThat(find(found, "Quellbrunn").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find(found, "Velvet Anchors").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find(found, "Brightloop").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find(found, "Oruvale").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
        assertThat(find(found, "Kestlewick").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void eventsAndLawsHoldingANameYieldNothing() {
        List<RecognizedEntity> found = recognize("He spoke at the Dublin Lectures before the Act of Parliament passed.");
        assertThat(names(found)).doesNotContain("Dublin", "Parliament", "Act of Parliament", "Dublin Lectures");
    }

    @Test
    void lessCommonWordsOpeningASentenceAreNotNames() {
        List<RecognizedEntity> found = recognize("Tourism fell sharply. Among the visitors were few from Kenya.");
        assertThat(names(found)).containsExactly("Kenya");
    }

    @Test
    void aFormerKingKeepsHisStyle() {
        List<RecognizedEntity> found = recognize("She met ex-King Michael of Romania in Geneva.");
        assertThat(find(found, "King Michael").orElseThrow().type()).isEqualTo(EntityType.PERSON);
    }
}
