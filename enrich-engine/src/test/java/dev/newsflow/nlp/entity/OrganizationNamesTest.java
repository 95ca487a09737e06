package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Organisation names the tagger's training text rarely has, found by their form: a firm's head word closing the name
 * ("... Research", "... Productions"), an "&" between two names ("Harrow & Vane"), a possessive that owns nothing
 * ("rated A by Kellard's."), founders' surnames joined by commas before "and Co" ("Harlan, Vosk and Co"), a body
 * named with "General" ("Corlby General Infirmary"), a body whose name opens with a nationality ("the Scottish
 * Executive"), a firm's common first word the tagger cut off ("Control Data Corp"); a body's head word alone is no
 * person ("Ministry said").
 * Invented names throughout.
 */
class OrganizationNamesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    @Test
    void aNameEndingInAFirmsHeadWordIsAnOrganisation() {
        List<RecognizedEntity> found = recognize("\"Viewers want choice,\" said Ian Pollard, an analyst with Quorvex "
                + "Research. Sales will reach $2bn by 2009, according to Halbrook Research. The director and his "
                + "Velloran Productions partner Tom Ashby said they would not campaign for the award. Listeners of "
                + "Lantern FM voted for it.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Quorvex Research", EntityType.ORGANIZATION), tuple("Halbrook Research", EntityType.ORGANIZATION),
                tuple("Velloran Productions", EntityType.ORGANIZATION), tuple("Lantern FM", EntityType.ORGANIZATION),
                tuple("Ian Pollard", EntityType.PERSON));
    }

    @Test
    void anAmpersandBetweenNamesJoinsOneFirm() {
        List<RecognizedEntity> found = recognize("Harrow & Vane and Kestrel have said they will invest millions. "
                + "Shares in rival Dorrick & Pell fell, while the bonds were rated A by Stanmore & Leck.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Harrow & Vane", EntityType.ORGANIZATION), tuple("Dorrick & Pell", EntityType.ORGANIZATION),
                tuple("Stanmore & Leck", EntityType.ORGANIZATION));
    }

    @Test
    void anAmpersandBetweenTwoPeopleOrTwoPlacesOrClosingAListJoinsNothing() {
        List<RecognizedEntity> found = recognize("The show's hosts Tom Hadley & Anna Crewe met fans from Serbia & "
                + "Montenegro. The shop sells books on Mind, Body & Spirit.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Tom Hadley", "Anna Crewe")
                .noneMatch(name -> name.contains("&"));
    }

    @Test
    void aPossessiveThatOwnsNothingNamesAFirm() {
        List<RecognizedEntity> found = recognize("The bonds are rated A-1 by Kellard's and AA by Halvers. Sales fell "
                + "at Wenbury's, Prott's and Dallimore's, the retailer said. He ate nothing but Kelbury's for a "
                + "month. The sale of Tamsey's and Orwin's stores was agreed.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Kellard", EntityType.ORGANIZATION), tuple("Prott", EntityType.ORGANIZATION),
                tuple("Dallimore", EntityType.ORGANIZATION), tuple("Kelbury", EntityType.ORGANIZATION));
    }

    @Test
    void theSurnameOfATitledPersonNamedInFullStaysThePersons() {
        List<RecognizedEntity> found = recognize("Olympic champion Meseret Tadane will run on Sunday. Tadane has won "
                + "in Boston and Tokyo. Few runners would compare their record with Tadane's, said the organiser.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type)
                .contains(tuple("Meseret Tadane", EntityType.PERSON))
                .doesNotContain(tuple("Tadane", EntityType.ORGANIZATION));
    }

    @Test
    void theNewsAgencysOlderShortNameIsTheAgencyNotAPerson() {
        List<RecognizedEntity> found = recognize("Exporters expect prices to firm, a Reuter survey of dealers in "
                + "Lagos showed. Asked about a Reuters report from Accra, the minister declined to comment.");
        assertThat(found).filteredOn(e -> e.name().startsWith("Reuter"))
                .extracting(RecognizedEntity::name, RecognizedEntity::type, RecognizedEntity::aliases)
                .containsExactly(tuple("Reuters", EntityType.ORGANIZATION, List.of("Reuter")));
    }

    @Test
    void foundersSurnamesBeforeAndCoAreOnePartnership() {
        List<RecognizedEntity> found = recognize("The bonds were managed by Harlan, Vosk and Co, which said demand was "
                + "strong. Analysts at Barclays, Pellow, Grint and Co Inc agreed. Fenwick, Dray, Moss and Co said "
                + "prices would rise.");
        assertThat(found).extracting(RecognizedEntity::name, RecognizedEntity::type).containsExactlyInAnyOrder(
                tuple("Harlan, Vosk and Co", EntityType.ORGANIZATION), tuple("Barclays", EntityType.ORGANIZATION),
                tuple("Pellow, Grint and Co Inc", EntityType.ORGANIZATION),
                tuple("Fenwick, Dray, Moss and Co", EntityType.ORGANIZATION));
    }

    @Test
    void aClauseOpenerAPlaceASpeakerOrAListBeforeAndCoStaysApart() {
        List<RecognizedEntity> found = recognize("Meanwhile, Harlan and Co said demand was strong. Speaking in "
                + "Frankfurt, Vosk and Co chief executive Ian Bell agreed. Clients include Numis, Grint and Co and Dray "
                + "Capital. \"It is good,\" said Reyes, Moss and Co's chairman.");
        assertThat(found).extracting(RecognizedEntity::name).contains("Harlan and Co", "Frankfurt", "Vosk and Co",
                "Grint and Co", "Moss and Co").noneMatch(name -> name.contains(", "));
    }

    @Test
    void aBodysHeadWordAloneIsNoPerson() {
        assertThat(recognize("Transport Ministry said on Tuesday that the bridge would reopen.")).extracting(
                RecognizedEntity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void aSentencesFirstWordsBeforeABodysHeadAreNoName() {
        assertThat(recognize("Under Council rules the meeting must be held in public.")).isEmpty();
        assertThat(recognize("Two Ministry officials were arrested in Valmora on Tuesday.")).extracting(
                RecognizedEntity::name).doesNotContain("Two Ministry");
        assertThat(recognize("U.S. Justice Department lawyers filed the motion on Friday.")).extracting(
                RecognizedEntity::name).doesNotContain("U.S. Justice Department");
    }

    @Test
    void aBodyNamedWithGeneralIsNoGeneral() {
        assertThat(recognize("Corlby General Infirmary said two patients were moved on Sunday.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).containsExactly(
                tuple("Corlby General Infirmary", EntityType.ORGANIZATION));
        assertThat(recognize("Dart said it would bid for Grocers General Corp, which owns 200 shops.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Grocers General Corp", EntityType.ORGANIZATION));
        assertThat(recognize("General Tom Harlow and General Brennan met the troops.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).containsExactly(
                tuple("Tom Harlow", EntityType.PERSON), tuple("Brennan", EntityType.PERSON));
    }

    @Test
    void aGeneralNamedLikeABodysWordATitleOrAModifierBeforeGeneralStaysApart() {
        assertThat(recognize("General Power said the operation had been a success.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).containsExactly(tuple("Power", EntityType.PERSON));
        assertThat(recognize("Director General Rangers Major General Javed Ahmed said the city was calm.")).extracting(
                RecognizedEntity::name).doesNotContain("Director General Rangers");
        assertThat(recognize("The WTO General Council met in Geneva on Tuesday.")).extracting(RecognizedEntity::name)
                .contains("WTO", "General Council");
        assertThat(recognize("Yesterday Corlby General Infirmary said two patients were moved.")).extracting(
                RecognizedEntity::name).containsExactly("Corlby General Infirmary");
    }

    @Test
    void aBodyWhoseNameOpensWithANationalityIsOneOrganisation() {
        assertThat(recognize("The ruling was a blow to the Scottish Executive, lawyers in Perth said.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).contains(
                tuple("Scottish Executive", EntityType.ORGANIZATION));
        assertThat(recognize("The Cypriot Army said it had moved troops north.")).extracting(
                RecognizedEntity::name, RecognizedEntity::type).containsExactly(
                tuple("Cypriot Army", EntityType.ORGANIZATION));
        assertThat(recognize("He won the Australian Open in January, and the Dutch Government sent its thanks."))
                .extracting(RecognizedEntity::name).doesNotContain("Australian Open", "Dutch Government");
        assertThat(recognize("A study by the European Council on Foreign Relations says Leeds is the European Capital "
                + "of Culture.")).extracting(RecognizedEntity::name).doesNotContain("European Council", "European Capital");
    }

    @Test
    void aFirmsCommonFirstWordStaysInItsName() {
        assertThat(recognize("Shares in Hard Granite Cafe Inc fell after the bid, dealers in Chicago said.")).extracting(
                RecognizedEntity::name).contains("Hard Granite Cafe Inc").doesNotContain("Cafe Inc");
        assertThat(recognize("Shares in 3bn Granite Cafe Inc fell on Monday Granite Cafe Inc said.")).extracting(
                RecognizedEntity::name).doesNotContain("3bn Granite Cafe Inc", "Monday Granite Cafe Inc");
        assertThat(recognize("\"Now Harcastle Mining Corp must explain itself,\" the minister said.")).extracting(
                RecognizedEntity::name).containsExactly("Harcastle Mining Corp");
    }
}
