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
