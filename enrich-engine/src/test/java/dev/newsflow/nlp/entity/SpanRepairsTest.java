package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The repairs of the tagger's spans that the annotation guidelines ask for: a channel keeps its number
 * ({@link ChannelNumbers}, also where the tagger found nothing), a broadcaster's region is part of its service's name
 * ({@link BroadcasterRegions}), a saint's place keeps its "St" ({@link SaintNames}), a long organisation name cut at its
 * "of", "for" or "and" is one name again ({@link OrganizationJoins}). Invented names throughout.
 */
class SpanRepairsTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    @Test
    void aLineUpsInitialledPlayersArePeople() {
        List<RecognizedEntity> found = recognize("Kellan Brody names an unchanged side for the trip.\n\n"
                + "Vardell: T Quillon; S Marrisk, N Odrey, P Halvane (capt), M Estraud; J-P Corvanne, D Felbrix.\n\n"
                + "Replacements: R Tallow (S Africa), G Ennick (Samoa).\n\n"
                + "The kick-off is at three.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("T Quillon", EntityType.PERSON), tuple("S Marrisk", EntityType.PERSON),
                tuple("N Odrey", EntityType.PERSON), tuple("P Halvane", EntityType.PERSON),
                tuple("J-P Corvanne", EntityType.PERSON), tuple("D Felbrix", EntityType.PERSON));
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Marrisk", "Corvanne", "Odrey");
        assertThat(found).filteredOn(e -> e.name().contains("Africa")).extracting(RecognizedEntity::type)
                .doesNotContain(EntityType.PERSON); // a player's country in parentheses
    }

    @Test
    void aLineUpsSurnamesThatAreCommonWordsOrUnlistedArePeople() {
        List<RecognizedEntity> found = recognize("Kingsbridge Town beat Dunmere Rovers with a late goal.\n\n"
                + "Kingsbridge Town: Thompson; Long, Harris, Ward, Davies; Wood, Page (capt), Walker; Mitchell, "
                + "Gross (Quarrell 61), Bennett (Harlow).\n\nThe kick-off was at three.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Long", EntityType.PERSON), tuple("Ward", EntityType.PERSON), tuple("Wood", EntityType.PERSON),
                tuple("Page", EntityType.PERSON), tuple("Gross", EntityType.PERSON),
                tuple("Quarrell", EntityType.PERSON), tuple("Thompson", EntityType.PERSON));
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(RecognizedEntity::name)
                .doesNotContain("Kingsbridge Town", "Kingsbridge", "Harlow", "capt"); // the team; a club in brackets
    }

    @Test
    void aBenchAfterItsLabelIsPeople() {
        List<RecognizedEntity> found = recognize("The coach named his bench late on Friday.\n\n"
                + "Replacements: Peel, Wilson, Harris, Page, Davies, Gross.\n\nThe kick-off was at three.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Peel", EntityType.PERSON), tuple("Wilson", EntityType.PERSON), tuple("Page", EntityType.PERSON),
                tuple("Gross", EntityType.PERSON));
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Replacements");
    }

    @Test
    void aLineUpsTeamBeforeItsColonStaysWhatItIs() {
        List<RecognizedEntity> found = recognize("The side was named on Friday.\n\n"
                + "Fiji: Bolavucu; Rokocoko, Nalaga, Ratuvou, Delasau; Baikeinuku, Rauluni; Dewes, Qera, Leawere.\n\n"
                + "The match starts at noon.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Rokocoko", EntityType.PERSON), tuple("Qera", EntityType.PERSON),
                tuple("Fiji", EntityType.LOCATION));
    }

    @Test
    void aResultsTableOrAClubsScorersAreNoLineUp() {
        List<RecognizedEntity> found = recognize("The weekend went to form.\n\n"
                + "Results: Arsenal 2 (Henry 12, Pires 40), Chelsea 1 (Lampard 70); Leeds 0, Hull 3 (Ashbee 5, "
                + "Fagan 50, Windass 88).\n\nTop scorers: Derby (Pearson 12), Hull (Windass 10), Leeds (Beckford 9), "
                + "Wigan (Heskey 8).\n\nThe next round is in March.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).extracting(RecognizedEntity::name)
                .doesNotContain("Arsenal", "Hull", "Derby", "Wigan");
    }

    @Test
    void aListOfPlacesGetsNoPeople() {
        List<RecognizedEntity> found = recognize("The tour visits six towns this summer.\n\n"
                + "Venues: Leeds, Hull, York, Derby, Bath, Wells, Ely.\n\nTickets go on sale next week.");
        assertThat(found).extracting(RecognizedEntity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void aLoneInitialledPlaceInProseIsLeftAlone() {
        List<RecognizedEntity> found = recognize("Growth in S Asia slowed, said Kellan Brody, while N Korea, "
                + "Japan and China held steady.");
        assertThat(found).filteredOn(e -> e.name().endsWith("Korea") || e.name().endsWith("Asia"))
                .extracting(RecognizedEntity::type).containsOnly(EntityType.LOCATION);
    }

    @Test
    void aNameTheArticleCallsAFirmStaysAFirmWhereTheTaggerGuessedAPerson() {
        List<RecognizedEntity> found = recognize("Shares in software firm Valdrexa rose on Monday. Valdrexa said sales "
                + "had doubled. Valdrexa told investors it would hire 200 staff, and Valdrexa expects more growth.");
        assertThat(found).filteredOn(e -> e.name().equals("Valdrexa")).extracting(RecognizedEntity::type)
                .containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void aPartyBeforeARoleIsAMentionOfTheParty() {
        List<RecognizedEntity> found = recognize("Labour MP Dalby Orrin voted against the bill. Conservative leader "
                + "Kellan Brody called it a mistake, and the Labour Minister of Ruritania, Jon Farrow, agreed.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Labour", EntityType.ORGANIZATION), tuple("Conservative", EntityType.ORGANIZATION),
                tuple("Dalby Orrin", EntityType.PERSON), tuple("Kellan Brody", EntityType.PERSON));
        assertThat(found).filteredOn(e -> e.name().equals("Labour")).singleElement()
                .extracting(RecognizedEntity::mentions).isEqualTo(1); // "Labour Minister" is the portfolio
    }

    @Test
    void aPersonsSpokesmanDoesNotMakeThePersonAFirm() {
        List<RecognizedEntity> found = recognize("Daniel Vuckley visited Ohio on Monday. A Vuckley spokesman said the "
                + "trip went well. Vuckley said he would return, and Vuckley told reporters the plant would stay open.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type)
                .contains(tuple("Daniel Vuckley", EntityType.PERSON))
                .doesNotContain(tuple("Vuckley", EntityType.ORGANIZATION));
    }

    @Test
    void theLastWordOfALongerPartyNameIsNotAPartyOfItsOwn() {
        List<RecognizedEntity> found = recognize("Christian Democrat leader Arla Venning met Social Democrat leader "
                + "Tomas Ekwall and Free Democrat leader Dov Carmeli.");
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Democrat", "Democrats");
    }

    @Test
    void regionsWrittenWithACompassInitialStayPlaces() {
        List<RecognizedEntity> found = recognize("Sales rose in three regions: N America, S America, W Europe.");
        assertThat(found).extracting(RecognizedEntity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void aModifierCapitalisedOnlyToOpenTheSentenceIsNoPartOfTheName() {
        List<RecognizedEntity> found = recognize("Former England captain Kellan Brody has retired from rugby. Former "
                + "Labour adviser Dalby Orrin backed him, and Senior Tories praised him.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Kellan Brody", "England", "Dalby Orrin")
                .doesNotContain("Former England", "Former Labour", "Senior Tories");
    }

    @Test
    void aChannelKeepsItsNumberAndIsAnOrganisation() {
        List<RecognizedEntity> found = recognize("Dalby Orrin told BBC Radio 4's morning show that the plan was dead. "
                + "He later spoke to Channel 4 and to BBC Radio Five Live about it.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("BBC Radio 4", EntityType.ORGANIZATION), tuple("Channel 4", EntityType.ORGANIZATION),
                tuple("BBC Radio Five Live", EntityType.ORGANIZATION));
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("BBC Radio", "BBC Radio Five");
    }

    @Test
    void aChannelTheTaggerPassedOverIsFound() {
        List<RecognizedEntity> found = recognize("The final is live on BBC1 and on Radio 4 LW from two o'clock, while "
                + "ITV1 shows the highlights. The film will be shown on Channel 4 next year. She told Radio 2 that "
                + "she was pleased. The match is also on BBC Radio 4 LW tonight.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("BBC1", EntityType.ORGANIZATION), tuple("Radio 4 LW", EntityType.ORGANIZATION),
                tuple("ITV1", EntityType.ORGANIZATION), tuple("Channel 4", EntityType.ORGANIZATION),
                tuple("Radio 2", EntityType.ORGANIZATION), tuple("BBC Radio 4 LW", EntityType.ORGANIZATION));
    }

    @Test
    void aNumberThatCountsIsNoChannel() {
        List<RecognizedEntity> found = recognize("Kellan Brody said the news is on TV 24 hours a day in Leeds.");
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("TV 24");
    }

    @Test
    void aBroadcastersRegionalServiceIsOneOrganisation() {
        List<RecognizedEntity> found = recognize("Kelly Dorran told BBC Northern Ireland before the show that ITV "
                + "Wales had asked her.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("BBC Northern Ireland", EntityType.ORGANIZATION), tuple("ITV Wales", EntityType.ORGANIZATION));
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Northern Ireland", "Wales");
    }

    @Test
    void theBroadcastersRegionIsNotCountedAgainAsTheBroadcaster() {
        List<RecognizedEntity> found = recognize("Kelly Dorran told BBC Northern Ireland that she would stay. "
                + "Later the BBC said it had no comment.");
        assertThat(found).extracting(RecognizedEntity::name).contains("BBC Northern Ireland");
        assertThat(found).filteredOn(e -> e.name().equals("BBC")).extracting(RecognizedEntity::mentions)
                .allMatch(n -> n == 1);
    }

    @Test
    void aBroadcastersOfficeOrEditorInAPlaceIsNoRegionalService() {
        List<RecognizedEntity> found = recognize("Kellan Brody is the BBC Middle East editor.");
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("BBC Middle East").contains("Middle East");
    }

    @Test
    void aSaintsPlaceKeepsTheSaint() {
        List<RecognizedEntity> found = recognize("The choir sang at St Kilda's Palace and then at St Barnaby's Park, "
                + "said Jon Farrow. Rovers drew 1-1 at St Ormund's.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("St Kilda's Palace", EntityType.LOCATION), tuple("St Barnaby's Park", EntityType.LOCATION));
        assertThat(found).filteredOn(e -> e.name().contains("Ormund")).extracting(RecognizedEntity::type)
                .containsExactly(EntityType.LOCATION);
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Barnaby", "Kilda's Palace");
    }

    @Test
    void aSaintsNameEndingInSTakesAnApostropheAlone() {
        List<RecognizedEntity> found = recognize("Fans left St Aldous' Park happy. The vigil at St Ebbs' Common drew "
                + "few, and crowds filled St Magnus' Square. Fans sang 'St Kevin' Park wardens joked.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("St Aldous' Park", EntityType.LOCATION), tuple("St Ebbs' Common", EntityType.LOCATION),
                tuple("St Magnus' Square", EntityType.LOCATION));
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("St Aldous", "St Ebbs", "St Magnus",
                "St Kevin' Park");
    }

    @Test
    void aTownOrClubNamedAfterASaintKeepsWhatTheListsKnowOfIt() {
        List<RecognizedEntity> found = recognize("Kellan Brody flew from Saint Petersburg to St. Louis on Monday. "
                + "St Johnstone FC beat Hearts 2-0 on Saturday.");
        assertThat(found).filteredOn(e -> e.name().equals("Saint Petersburg") || e.name().equals("St. Louis"))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.type()).isEqualTo(EntityType.LOCATION);
                    assertThat(e.geo()).isNotNull(); // the gazetteer's place, not a bare name
                });
        assertThat(found).filteredOn(e -> e.name().equals("St Johnstone FC")).extracting(RecognizedEntity::type)
                .containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void aBroadcastersLocalRadioStationBeforeAPostStaysOneService() {
        List<RecognizedEntity> found = recognize("The BBC Radio Leeds correspondent said no. Kellan Brody told "
                + "Radio Wales reporters he would stay.");
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Radio", "BBC Radio")
                .contains("BBC Radio Leeds");
    }

    @Test
    void aLongOrganisationNameCutAtOfForAndIsOneName() {
        List<RecognizedEntity> found = recognize("The International Federation of the Red Cross and Red Crescent "
                + "Societies sent tents. The Economic and Social Commission for Asia and the Pacific met the "
                + "Department of Health and Human Services.");
        assertThat(found).extracting(RecognizedEntity::name).contains(
                "International Federation of the Red Cross and Red Crescent Societies",
                "Economic and Social Commission for Asia and the Pacific",
                "Department of Health and Human Services");
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Pacific", "International Federation");
    }

    @Test
    void twoBodiesOrABodyAndAPersonJoinedByAndStayApart() {
        List<RecognizedEntity> found = recognize("The Bank of England and the Treasury disagreed. The Institute for "
                + "Fiscal Studies and Tomas Verlaine replied. The Department for Transport and the Kelso Rail "
                + "Group met.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Bank of England", "Treasury",
                "Institute for Fiscal Studies", "Tomas Verlaine", "Department for Transport");
    }

    @Test
    void aBodysOpeningWordBeforeOfIsPartOfItsName() {
        List<RecognizedEntity> found = recognize("Officials at the Association of Coffee Exporting Nations met in "
                + "Geneva. The Union of Harrow Vale Growers (UHVG) said the UHVG would appeal. Talks with the "
                + "Federation of Kelvish Traders ended.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Association of Coffee Exporting Nations", EntityType.ORGANIZATION),
                tuple("Union of Harrow Vale Growers", EntityType.ORGANIZATION),
                tuple("Federation of Kelvish Traders", EntityType.ORGANIZATION));
        assertThat(found).extracting(RecognizedEntity::name)
                .doesNotContain("Coffee Exporting Nations", "Harrow Vale Growers", "Kelvish Traders");
        assertThat(found).filteredOn(e -> e.name().equals("Union of Harrow Vale Growers"))
                .flatExtracting(RecognizedEntity::aliases).contains("UHVG");
    }

    @Test
    void aPersonOrAListedBodyAfterABodysWordKeepsItsOwnName() {
        List<RecognizedEntity> found = recognize("Friends of Quinton said he was innocent. She wrote to the Office "
                + "of President Dalby Orrin. He joined the Board of Unilever in 2010.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Quinton", EntityType.PERSON), tuple("Dalby Orrin", EntityType.PERSON),
                tuple("Unilever", EntityType.ORGANIZATION));
    }

    @Test
    void aCountryNamedWithAndIsOnePlace() {
        List<RecognizedEntity> found = recognize("The team will travel to Trinidad and Tobago in May. Officials in "
                + "Bosnia and Herzegovina said the match was sold out. Fans in England and Wales, Britain and France "
                + "will watch it. Officials in Saint Vincent and the Grenadines welcomed the news.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Trinidad and Tobago", "Bosnia and Herzegovina",
                "Saint Vincent and the Grenadines", "England", "Wales", "Britain", "France");
        assertThat(found).extracting(RecognizedEntity::name).doesNotContain("Bosnia", "Herzegovina", "Trinidad",
                "Tobago", "Saint Vincent", "Grenadines", "England and Wales");
    }
}
