package dev.newsflow.cli.evaluate;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreboardTest {

    private static final GoldArticle GOLD = new GoldArticle("a", -1, List.of(
            new GoldArticle.Entity("Ada Lovelace", "PERSON", List.of("Lovelace"), List.of()),
            new GoldArticle.Entity("Harbour Bank", "ORGANIZATION", List.of(), List.of()),
            new GoldArticle.Entity("Westminster", "LOCATION", List.of(), List.of("ORGANIZATION"))));

    private static NamedEntity entity(String name, EntityType type) {
        return new NamedEntity(name, type, List.of(), 1, 0, 0.5, null, null);
    }

    @Test
    void matchesNormalisedNamesAliasesAndAlternativeTypes() {
        Scoreboard board = new Scoreboard();
        board.add(GOLD, List.of(entity("Mrs  Ada Lovelace", EntityType.PERSON), entity("Lovelace", EntityType.PERSON),
                entity("the Harbour Bank's", EntityType.ORGANIZATION), entity("Westminster", EntityType.ORGANIZATION),
                entity("Oslo", EntityType.LOCATION)), SentimentLabel.NEGATIVE);

        Report report = board.report();

        // three gold entities found (Lovelace merges into Ada Lovelace), Oslo is the one false positive
        assertThat(report.entities().precision()).isCloseTo(0.75, within(1e-9));
        assertThat(report.entities().recall()).isEqualTo(1.0);
        assertThat(report.perType().get(EntityType.LOCATION).recall()).isEqualTo(1.0);
        assertThat(report.perType().get(EntityType.LOCATION).precision()).isEqualTo(0.5);
        assertThat(report.sentimentAccuracy()).isEqualTo(1.0);
    }

    @Test
    void wrongTypeIsAFalsePositiveTypedButAHitUntyped() {
        Scoreboard board = new Scoreboard();
        board.add(GOLD, List.of(entity("Harbour Bank", EntityType.LOCATION)), SentimentLabel.NEUTRAL);

        Report report = board.report();

        assertThat(report.entities().precision()).isZero();
        assertThat(report.untyped().precision()).isEqualTo(1.0);
        assertThat(report.untyped().recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.sentimentAccuracy()).isZero();
    }

    @Test
    void missingPredictionCountsAgainstEveryClass() {
        Scoreboard board = new Scoreboard();
        board.add(GOLD, null, null);
        board.add(new GoldArticle("b", 1, List.of()), List.of(), SentimentLabel.POSITIVE);

        Report report = board.report();

        assertThat(report.missing()).isEqualTo(1);
        assertThat(report.unlabelled()).isEqualTo(1);
        assertThat(report.sentimentAccuracy()).isEqualTo(0.5);
        assertThat(report.sentimentMacroF1()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.entities().recall()).isZero();
    }
}
