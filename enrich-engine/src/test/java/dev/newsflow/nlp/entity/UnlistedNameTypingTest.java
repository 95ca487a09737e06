package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single-word names no list knows. Companies, in sentences with no cue word ("firm", "spokesman"): the tagger types
 * them from what its word clusters say about words used alike (other companies), not as the surname its shape and
 * "X said" suggest. Towns, from the words for their people or office before "of" ("the mayor of X"). Employers,
 * from a person's job before "at", "for", "with" or "of" ("an analyst at X"); bodies, from a noun for their kind
 * ("technology analysts X").
 */
class UnlistedNameTypingTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static EntityType typeOf(String name, String text) {
        List<RecognizedEntity> found = RECOGNIZER.recognize(text, SEGMENTER.segment(text));
        return found.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().type();
    }

    @Test
    void anUnlistedBankIsAnOrganisationNotAPerson() {
        assertThat(typeOf("Citicorp", "Citicorp reported higher profits on Tuesday. Citicorp said lending to "
                + "companies grew strongly in the quarter.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anUnlistedConsoleMakerIsAnOrganisationNotAPerson() {
        assertThat(typeOf("Nintendo", "Nintendo sold more consoles than expected in Japan. Nintendo said demand "
                + "for the new handheld was strong.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anUnlistedTownAfterItsMayorCouncilOrResidentsIsAPlace() {
        assertThat(typeOf("Wexcombe", "The mayor of Wexcombe said the bridge would reopen in May."))
                .isEqualTo(EntityType.LOCATION);
        assertThat(typeOf("Eastbrook", "The city council of Eastbrook voted on Tuesday to approve a new tram line."))
                .isEqualTo(EntityType.LOCATION);
        assertThat(typeOf("Tillingford", "Police said residents of Tillingford should avoid the river on Monday."))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aNameBeforeAPossessiveAfterTheSameWordsIsNoPlace() {
        assertThat(typeOf("Wexcombe", "The mayor of Wexcombe's home town said on Monday that the bridge would "
                + "reopen.")).isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void anOrganisationAfterTheSameWordsStaysAnOrganisation() {
        assertThat(typeOf("IATU", "The council of IATU voted on Monday to strike.")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anUnlistedNameAfterAPersonsJobIsTheirEmployer() {
        assertThat(typeOf("Harbour Analytics", "Maria Holt, chief economist for Harbour Analytics, said the figures "
                + "were better than expected.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Fennimore", "Prices fell sharply on Monday, said Lena Ford, a trader at Fennimore."))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Velmont", "Sam Lee, chief economist at Velmont, expects a recovery next year."))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aJobBeforeAModifierACommonWordOrALongerNameMakesNoEmployer() {
        assertThat(organisations("Ian Cole, chairman of P2P network Red Swoosh, disagreed with the panel."))
                .doesNotContain("P2P").contains("Red Swoosh");
        assertThat(organisations("Jo Marsh, technology correspondent for The Morning, said the launch had slipped."))
                .doesNotContain("The Morning", "Morning");
        assertThat(organisations("Amy Roe, director of the Institute, retired on Friday after thirty years."))
                .doesNotContain("Institute");
        assertThat(typeOf("Qasrin", "Aid workers at Qasrin camp said food was running out. Thousands have fled to "
                + "Qasrin since March.")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aJobWhoseOfOrForNamesACountryAFilmOrARegionMakesNoEmployer() {
        assertThat(organisations("Joe Hart, president of Marovia, said the country would join the union."))
                .doesNotContain("Marovia");
        assertThat(organisations("Tom Keel, the director of Moonfall, said the film had cost twice its budget."))
                .doesNotContain("Moonfall");
        assertThat(typeOf("Benelux", "Sara Lind, regional manager for the Benelux, said sales rose."))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTownAWorkerIsAtStaysATownWhereTheArticleNamesIt() {
        assertThat(typeOf("Kelbourne", "Floods cut off Kelbourne on Monday. \"Two people are missing,\" said Ian "
                + "Holt, a worker at Kelbourne.")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf("Fallowfield", "Elena Dorn, a researcher at Fallowfield, said the samples were "
                + "contaminated. Fallowfield has about 3,000 residents.")).isEqualTo(EntityType.LOCATION);
    }

    private static List<String> organisations(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text)).stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).map(RecognizedEntity::name).toList();
    }

    @Test
    void anUnlistedNameAfterANounForAKindOfBodyIsThatBody() {
        assertThat(typeOf("Quantiv", "Sales rose 30%, according to research from technology analysts Quantiv. "
                + "Quantiv said the rise would continue.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf("Maxbright", "The figures came from consultancy Maxbright on Tuesday."))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBodyNounBeforeANameThatModifiesANounMakesNoBody() {
        assertThat(organisations("The fair opened with a giant Ferris wheel beside the river."))
                .doesNotContain("Ferris");
    }

    @Test
    void aPersonAfterASingularJobOrAGiantOrWhoWasToldStaysAPerson() {
        assertThat(typeOf("Taufa", "The Tongan giant Taufa said the defeat hurt. Taufa, 24, joined from Auckland "
                + "last year.")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf("Ardan Whelby", "The lead is narrowing, according to veteran pollster Ardan Whelby. Mr "
                + "Whelby said the race was close.")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf("Kovalenko", "A police source told the agency Kovalenko had fled across the border. "
                + "Kovalenko, 42, is armed.")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTownTheClubIsNamedAfterStaysATown() {
        assertThat(typeOf("Kilbarrow", "Scottish giants Kilbarrow were held 1-1 on Saturday. Thousands of fans in "
                + "Kilbarrow watched. The match in Kilbarrow was sold out.")).isEqualTo(EntityType.LOCATION);
    }
}
