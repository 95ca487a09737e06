package dev.newsflow.cli.evaluate;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The classes {@code evaluate --errors} sorts an article's typed false positives and false negatives into. */
class EntityErrorsTest {

    private static final GoldArticle GOLD = new GoldArticle("a", 0, List.of(
            new GoldArticle.Entity("Ada Lovelace", "PERSON", List.of("Lovelace"), List.of()),
            new GoldArticle.Entity("Harbour Bank", "ORGANIZATION", List.of(), List.of()),
            new GoldArticle.Entity("Quarry Mills and Sons", "ORGANIZATION", List.of(), List.of()),
            new GoldArticle.Entity("Oslo", "LOCATION", List.of(), List.of()),
            new GoldArticle.Entity("Brindle Stadium", "LOCATION", List.of(), List.of())));

    private static NamedEntity entity(String name, EntityType type) {
        return new NamedEntity(name, type, List.of(), 1, 0, 0.5, null, null);
    }

    private static Scoreboard scored() {
        Scoreboard board = new Scoreboard();
        board.add(GOLD, List.of(entity("Ada Lovelace", EntityType.PERSON), entity("Lovelace", EntityType.LOCATION),
                entity("Harbour Bank", EntityType.PERSON), entity("Quarry Mills", EntityType.ORGANIZATION),
                entity("Oslo", EntityType.LOCATION), entity("Fenwick", EntityType.PERSON)), SentimentLabel.NEUTRAL);
        return board;
    }

    @Test
    void sortsErrorsIntoWrongTypeExtraTypeSpanMissedAndSpurious() {
        List<EntityErrors> errors = scored().errors();

        assertThat(errors).singleElement().extracting(EntityErrors::article).isEqualTo("a");
        assertThat(errors.getFirst().errors()).extracting(EntityErrors.Error::kind, EntityErrors.Error::gold,
                EntityErrors.Error::predicted, EntityErrors.Error::predictedType).containsExactly(
                tuple(EntityErrors.Kind.TYPE, "Harbour Bank", "Harbour Bank", "PERSON"),
                tuple(EntityErrors.Kind.EXTRA_TYPE, "Ada Lovelace", "Lovelace", "LOCATION"),
                tuple(EntityErrors.Kind.SPAN, "Quarry Mills and Sons", "Quarry Mills", "ORGANIZATION"),
                tuple(EntityErrors.Kind.MISSED, "Brindle Stadium", null, null),
                tuple(EntityErrors.Kind.SPURIOUS, null, "Fenwick", "PERSON"));
    }

    @Test
    void confusionCountsGoldTypeByPredictedTypeWithMissedAndSpurious() {
        ConfusionTable table = scored().report().typeConfusion();
        int person = EntityType.PERSON.ordinal();
        int organization = EntityType.ORGANIZATION.ordinal();
        int location = EntityType.LOCATION.ordinal();

        assertThat(table.count(person, person)).isEqualTo(1);
        assertThat(table.count(organization, person)).isEqualTo(1); // Harbour Bank
        assertThat(table.count(organization, table.none())).isEqualTo(1); // the cut Quarry Mills names nothing gold
        assertThat(table.count(location, location)).isEqualTo(1);
        assertThat(table.count(location, table.none())).isEqualTo(1);
        assertThat(table.count(table.none(), organization)).isEqualTo(1);
        assertThat(table.count(table.none(), person)).isEqualTo(1);
        assertThat(table.row(organization)).isEqualTo(2);
    }

    // Two gold entities that share a name: the single prediction matches one of them by name and type, so the other
    // is missed, not "found with a wrong type" by a prediction that was already right for its namesake.
    private static final GoldArticle NAMESAKES = new GoldArticle("b", 0, List.of(
            new GoldArticle.Entity("Jordan", "PERSON", List.of(), List.of()),
            new GoldArticle.Entity("Jordan", "LOCATION", List.of(), List.of())));

    private static Scoreboard namesakes(NamedEntity... predicted) {
        Scoreboard board = new Scoreboard();
        board.add(NAMESAKES, List.of(predicted), SentimentLabel.NEUTRAL);
        return board;
    }

    @Test
    void aGoldEntityNamedOnlyByAPredictionThatMatchedItsNamesakeIsMissed() {
        Scoreboard board = namesakes(entity("Jordan", EntityType.LOCATION));
        ConfusionTable table = board.report().typeConfusion();
        int person = EntityType.PERSON.ordinal();
        int location = EntityType.LOCATION.ordinal();

        assertThat(board.report().entities().recall()).isEqualTo(0.5);
        assertThat(board.errors().getFirst().errors()).extracting(EntityErrors.Error::kind, EntityErrors.Error::gold,
                EntityErrors.Error::goldType, EntityErrors.Error::predicted)
                .containsExactly(tuple(EntityErrors.Kind.MISSED, "Jordan", "PERSON", null));
        assertThat(table.count(person, table.none())).isEqualTo(1);
        assertThat(table.count(person, location)).isZero();
        assertThat(table.count(location, location)).isEqualTo(1);
    }

    @Test
    void aFreePredictionWithTheGoldsNameOrAliasIsAWrongTypeEvenWhenANamesakeWasFoundFirst() {
        GoldArticle gold = new GoldArticle("c", 0, List.of(
                new GoldArticle.Entity("Jordan Pelham", "PERSON", List.of("Jordan"), List.of()),
                new GoldArticle.Entity("Jordan", "LOCATION", List.of(), List.of())));
        Scoreboard board = new Scoreboard();
        board.add(gold, List.of(entity("Jordan", EntityType.LOCATION), entity("Jordan", EntityType.ORGANIZATION)),
                SentimentLabel.NEUTRAL);
        ConfusionTable table = board.report().typeConfusion();
        int person = EntityType.PERSON.ordinal();

        assertThat(board.errors().getFirst().errors()).extracting(EntityErrors.Error::kind, EntityErrors.Error::gold,
                EntityErrors.Error::goldType, EntityErrors.Error::predicted, EntityErrors.Error::predictedType)
                .containsExactly(tuple(EntityErrors.Kind.TYPE, "Jordan Pelham", "PERSON", "Jordan", "ORGANIZATION"));
        assertThat(table.count(person, EntityType.ORGANIZATION.ordinal())).isEqualTo(1);
        assertThat(table.count(person, EntityType.LOCATION.ordinal())).isZero();
    }

    @Test
    void oneWrongTypedPredictionAccountsForOneGoldEntityOnly() {
        GoldArticle gold = new GoldArticle("d", 0, List.of(
                new GoldArticle.Entity("Jordan", "PERSON", List.of(), List.of()),
                new GoldArticle.Entity("Jordan", "ORGANIZATION", List.of(), List.of())));
        Scoreboard board = new Scoreboard();
        board.add(gold, List.of(entity("Jordan", EntityType.LOCATION)), SentimentLabel.NEUTRAL);
        ConfusionTable table = board.report().typeConfusion();

        // one false positive and two false negatives: a wrong type (one of each) and a miss
        assertThat(board.errors().getFirst().errors()).extracting(EntityErrors.Error::kind, EntityErrors.Error::goldType)
                .containsExactly(tuple(EntityErrors.Kind.TYPE, "PERSON"), tuple(EntityErrors.Kind.MISSED, "ORGANIZATION"));
        assertThat(table.count(EntityType.PERSON.ordinal(), EntityType.LOCATION.ordinal())).isEqualTo(1);
        assertThat(table.count(EntityType.ORGANIZATION.ordinal(), table.none())).isEqualTo(1);
    }

    @Test
    void listsEachArticlesErrorsAndCountsThemByKindAndTypes() {
        StringWriter text = new StringWriter();
        new ErrorListing(scored().errors()).print(new PrintWriter(text, true));

        assertThat(text.toString())
                .containsPattern("(?m)^a$")
                .containsPattern("type +\"Harbour Bank\" +ORGANIZATION +\"Harbour Bank\" +PERSON")
                .containsPattern("span +\"Quarry Mills and Sons\" +ORGANIZATION +\"Quarry Mills\" +ORGANIZATION")
                .containsPattern("spurious +- +- +\"Fenwick\" +PERSON")
                .containsPattern("1 +type +ORGANIZATION +-> PERSON")
                .containsPattern("1 +missed +LOCATION +-> -");
    }
}
