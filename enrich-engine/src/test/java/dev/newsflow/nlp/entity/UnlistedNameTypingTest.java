package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single-word names no list knows. Companies, in sentences with no cue word ("firm", "spokesman"): the tagger types
 * them from what its word clusters say about words used alike (other companies), not as the surname its shape and
 * "X said" suggest. Towns, from the words for their people or office before "of" ("the mayor of X").
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
}
