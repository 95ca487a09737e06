package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Names the guidelines never count as entities although they look like names: products and acronyms' plurals
 * ({@link ProductNames}), works ({@link WorkCues}), a country's or region's name for a war ({@link WarNames}).
 * Invented names and sentences throughout.
 */
class NonEntityNamesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    @Test
    void aMakerAndAModelCodeNameAProductNotTheMaker() {
        List<RecognizedEntity> found = recognize("The new Sony ZRX goes on sale in Norway on Friday. Electronics firm "
                + "Valdrexa said the Valdrexa TQ handset and the Valdrexa Slimline V7 would follow in May. Valdrexa "
                + "dominates the market for pocket players, and Sony hopes the ZRX and its games will catch up. The "
                + "TQ costs less.");
        assertThat(found).extracting(RecognizedEntity::name)
                .doesNotContain("Sony ZRX", "ZRX", "Valdrexa TQ", "TQ", "Valdrexa Slimline V7", "Slimline V7");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Sony", EntityType.ORGANIZATION), tuple("Valdrexa", EntityType.ORGANIZATION));
    }

    @Test
    void aFirmsArmALegalFormAndARegnalNumberAreNoModelCodes() {
        List<RecognizedEntity> found = recognize("Valdrexa UK cut 300 jobs, Valdrexa said, and Harwick Steel "
                + "KG bought a stake. Harwick earlier sold Trenmoor BV. Historian Kellan Brody wrote a life of King "
                + "Richard III.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Valdrexa UK", "Harwick Steel KG",
                "Trenmoor BV", "King Richard III");
    }

    @Test
    void aVersionOrRemakeOfANameIsAWorkButNotOfAnOwner() {
        List<RecognizedEntity> found = recognize("Kellan Brody closed the night with a slow version of Marrow "
                + "Lane. Fans had waited all year for Marrow Lane, and a remake of The Pellick Tapes is planned. Earlier "
                + "he sang Yo Marrow Lane and two new songs.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Kellan Brody")
                .doesNotContain("Marrow Lane", "Pellick Tapes", "The Pellick Tapes", "Lane", "Marrow");
        assertThat(recognize("Kellan Brody sang a version of the Harwick Choir anthem.")).extracting(
                RecognizedEntity::name).contains("Harwick Choir");
        List<RecognizedEntity> owned = recognize("The studio plans a film version of Dalby Orrin's first novel.");
        assertThat(owned).extracting(RecognizedEntity::name).contains("Dalby Orrin");
        List<RecognizedEntity> directed = recognize("She starred in Dalby Orrin's The Marrow Tapes, which Orrin shot "
                + "in Norway.");
        assertThat(directed).extracting(RecognizedEntity::name).anyMatch(name -> name.endsWith("Orrin"));
    }

    @Test
    void aNameBeforeACommonNounAfterVersionOfIsNoWork() {
        List<RecognizedEntity> found = recognize("Kellan Brody sells older versions of Pellwick phones. Pellwick said "
                + "sales rose in Leeds.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Pellwick");
        assertThat(recognize("The first full version of Pellwick has been released in Leeds.")).extracting(
                RecognizedEntity::name).doesNotContain("Pellwick");
        assertThat(recognize("Kellan Brody wants a film version of Tolly the Brave in Leeds.")).extracting(
                RecognizedEntity::name).noneMatch(name -> name.contains("Tolly"));
    }

    @Test
    void aTitleInsideLongerWordsDropsNothing() {
        List<RecognizedEntity> found = recognize("Kellan Brody sang Marrow Lane twice. Later Tim Marrow Laner met "
                + "him in Leeds.");
        assertThat(found).extracting(RecognizedEntity::name).anyMatch(name -> name.contains("Laner"));
    }

    @Test
    void aCarmakersRacingTeamIsNoProduct() {
        List<RecognizedEntity> found = recognize("Renault said profits rose. The Renault F1 team will test in Spain, "
                + "and F1 bosses met on Monday.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Renault F1");
    }

    @Test
    void anAcronymsPluralNamesThingsNotABody() {
        assertThat(recognize("Sales of notebook PCs rose again in the spring. Makers shipped 40 million PCs, and sales "
                + "of PVRs doubled. Buyers said PCs had never been cheaper.")).isEmpty();
        assertThat(recognize("She won the 200m at the AAAs in Birmingham on Sunday.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).contains(tuple("AAAs", EntityType.ORGANIZATION));
    }

    @Test
    void aPlacesPluralNameStaysAPlace() {
        assertThat(recognize("The fund is registered in the BVIs, the filing shows. Lawyers in the BVIs declined to "
                + "comment.")).extracting(RecognizedEntity::name, RecognizedEntity::type)
                .contains(tuple("BVIs", EntityType.LOCATION));
    }

    @Test
    void aPlaceRightBeforeWarNamesTheWarNotThePlace() {
        assertThat(recognize("The senator said the Borovia war had cost him the election in Leeds.")).extracting(
                RecognizedEntity::name).containsExactly("Leeds");
        assertThat(recognize("Both men fought in the Vietnam war and later in the Iran-Iraq War.")).isEmpty();
        assertThat(recognize("BLAIR DEFENDS IRAQ WAR\n\nThe prime minister said the Iraq war had been right."))
                .isEmpty();
    }

    @Test
    void aPlaceNamedElsewhereOrACitysReportsStayAPlace() {
        assertThat(recognize("Troops left Vietnam in 1973, two years before the Vietnam war ended.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).containsExactly(tuple("Vietnam", EntityType.LOCATION));
        assertThat(recognize("Baghdad war reports made no mention of the attack.")).extracting(
                RecognizedEntity::name).containsExactly("Baghdad");
        assertThat(recognize("Labour's war chest is bigger than the Tories', the party said.")).extracting(
                RecognizedEntity::name).contains("Labour");
    }

    @Test
    void aPlaceBeforeACompoundOrAFigureOfWarStaysAPlace() {
        assertThat(recognize("Russia war games near the border alarmed officials.")).extracting(
                RecognizedEntity::name).containsExactly("Russia");
        assertThat(recognize("A Britain-France war of words broke out over farm subsidies.")).extracting(
                RecognizedEntity::name).containsExactlyInAnyOrder("Britain", "France");
        assertThat(recognize("In Sudan war has displaced four million people.")).extracting(
                RecognizedEntity::name).containsExactly("Sudan");
        assertThat(recognize("Inside the White House war room, aides watched the results.")).extracting(
                RecognizedEntity::name).containsExactly("White House");
        assertThat(recognize("The EU-US war over aircraft subsidies went on.")).extracting(
                RecognizedEntity::name).contains("EU", "US");
    }

    @Test
    void anAcronymSpelledOutInLowerCaseWordsIsNoBody() {
        assertThat(recognize("Sales of the personal video recorder (PVR) rose in Leeds, and dealers said PVRs sold out."))
                .extracting(RecognizedEntity::name).containsExactly("Leeds");
        assertThat(recognize("Patients with multiple sclerosis (MS) backed the trial, MS nurses in Hull said."))
                .extracting(RecognizedEntity::name).containsExactly("Hull");
        assertThat(recognize("The Northern Fisheries Board (NFB) said catches fell. The NFB will meet in May."))
                .extracting(RecognizedEntity::name).contains("Northern Fisheries Board");
        assertThat(recognize("Officials of the world health organisation (WHO) flew to Hanoi, WHO said."))
                .extracting(RecognizedEntity::name).contains("WHO");
    }

    @Test
    void theTailOfAWorksTitleAfterOfTheIsNoName() {
        assertThat(recognize("Fans queued in Leeds for The Lord of the Gables, the third film of the cycle.")).extracting(
                RecognizedEntity::name).containsExactly("Leeds");
    }

    @Test
    void aBodyAfterAJobOrAPersonsNameAndOfTheStays() {
        assertThat(recognize("He met the Chairman of the Harbury Trust, Tom Vell, in Leeds.")).extracting(
                RecognizedEntity::name).contains("Harbury Trust");
        assertThat(recognize("He met the President of the United States on Monday.")).extracting(
                RecognizedEntity::name).contains("United States");
        assertThat(recognize("\"Members of the Kestrel Trust are furious,\" he said.")).extracting(
                RecognizedEntity::name).containsExactly("Kestrel Trust");
        assertThat(recognize("Police said the Order of the Eastern Dawn had 300 members.")).extracting(
                RecognizedEntity::name).containsExactly("Order of the Eastern Dawn");
        assertThat(recognize("The Rector of the Karlsberg Academy denied the claims.")).extracting(
                RecognizedEntity::name).containsExactly("Karlsberg Academy");
    }
}
