package dev.newsflow.enrich.contract;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EntitySentiment;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.Geo;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SampleEvents;
import dev.newsflow.events.Sentiment;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.events.validation.RecordValidator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaGuardTest {

    private static final RecordValidator VALIDATOR = new RecordValidator();

    private final EventJson json = new EventJson();
    private final SchemaGuard guard = new SchemaGuard(VALIDATOR, json);

    @Test
    void aValidRecordIsPublishedAsItIs() {
        ArticleEnriched article = SampleEvents.enriched();

        ValidRecord valid = guard.check(article);

        assertThat(valid.dropped()).isEmpty();
        assertThat(valid.article()).isEqualTo(article);
        assertThat(valid.json()).isEqualTo(json.write(article));
    }

    @Test
    void aPlaceWithNonFiniteCoordinatesIsPublishedWithoutItsGeoAndKeepsEverythingElse() {
        ArticleEnriched article = withEntity(new NamedEntity("Montenegro", EntityType.LOCATION, List.of(), 2, 10, 0.5,
                new EntitySentiment(SentimentLabel.NEUTRAL, 0), new Geo(Double.NaN, Double.NaN, "ME")));

        ValidRecord valid = guard.check(article);

        assertConforms(valid);
        assertThat(valid.dropped()).singleElement()
                .satisfies(part -> {
                    assertThat(part.location()).isEqualTo("/entities/2/geo");
                    assertThat(part.reason()).startsWith("/entities/2/geo/lat: ");
                });
        NamedEntity montenegro = valid.article().entities().get(2);
        assertThat(montenegro.name()).isEqualTo("Montenegro");
        assertThat(montenegro.geo()).isNull();
        assertThat(montenegro.mentions()).isEqualTo(2);
        assertThat(valid.article().entities().subList(0, 2)).isEqualTo(article.entities().subList(0, 2));
        assertThat(valid.article().keywords()).isEqualTo(article.keywords());
        assertThat(valid.article().sentiment()).isEqualTo(article.sentiment());
    }

    @Test
    void anInfiniteSalienceIsJudgedAsTheStringItIsPublishedAs() {
        ArticleEnriched article = withEntity(new NamedEntity("Ines Marwood", EntityType.PERSON, List.of(), 1, 3,
                Double.POSITIVE_INFINITY, null, null));

        ValidRecord valid = guard.check(article);

        assertConforms(valid);
        // JSON has no infinity: Jackson writes the string "Infinity", and that string is what readers would reject
        assertThat(valid.dropped()).singleElement().satisfies(part -> {
            assertThat(part.location()).isEqualTo("/entities/2/salience");
            assertThat(part.reason()).isEqualTo("/entities/2/salience: string found, number expected");
        });
        assertThat(valid.article().entities().get(2).name()).isEqualTo("Ines Marwood");
    }

    @Test
    void anOutOfRangeOptionalValueIsDroppedAloneAndAnEntityBrokenInARequiredPartIsDroppedWhole() {
        ArticleEnriched article = withEntities(
                new NamedEntity("Lakeview", EntityType.LOCATION, List.of(), 1, 5, 1.5, null, new Geo(10, 200, "US")),
                new NamedEntity("", EntityType.PERSON, List.of(), 1, 0, 0.1, null, null),
                new NamedEntity("Maria Ortega", EntityType.PERSON, List.of(), 0, 0, 0.1, null, null));

        ValidRecord valid = guard.check(article);

        assertConforms(valid);
        assertThat(valid.dropped()).hasSize(4);
        assertThat(valid.article().entities()).extracting(NamedEntity::name)
                .containsExactly("Anna de Vries", "Rotterdam", "Lakeview");
        NamedEntity lakeview = valid.article().entities().get(2);
        assertThat(lakeview.geo()).isNull();
        assertThat(lakeview.salience()).isZero(); // left out of the JSON, so absent for readers
    }

    @Test
    void aRecordBrokenInAPartItCannotDoWithoutIsRefusedNotPublished() {
        ArticleEnriched article = SampleEvents.enriched();
        ArticleEnriched broken = new ArticleEnriched(article.id(), article.title(), article.body(), article.source(),
                article.url(), article.author(), article.publishedAt(), article.language(), article.origin(),
                article.ingestedAt(), article.entities(), new Sentiment(SentimentLabel.NEGATIVE, -3, 0, 1, 0),
                article.keywords(), article.wordCount(), article.enricherVersion(), article.enrichedAt());

        assertThatThrownBy(() -> guard.check(broken)).isInstanceOf(InvalidEnrichmentException.class)
                .hasMessageContaining(article.id()).hasMessageContaining("sentiment");
    }

    private void assertConforms(ValidRecord valid) {
        assertThat(VALIDATOR.violations(EventType.ARTICLE_ENRICHED, json.mapper().readTree(valid.json()))).isEmpty();
        assertThat(json.read(valid.json(), ArticleEnriched.class)).isEqualTo(valid.article());
    }

    private static ArticleEnriched withEntity(NamedEntity entity) {
        return withEntities(entity);
    }

    private static ArticleEnriched withEntities(NamedEntity... extra) {
        ArticleEnriched article = SampleEvents.enriched();
        List<NamedEntity> entities = new ArrayList<>(article.entities());
        entities.addAll(List.of(extra));
        return new ArticleEnriched(article.id(), article.title(), article.body(), article.source(), article.url(),
                article.author(), article.publishedAt(), article.language(), article.origin(), article.ingestedAt(),
                entities, article.sentiment(), article.keywords(), article.wordCount(), article.enricherVersion(),
                article.enrichedAt());
    }
}
