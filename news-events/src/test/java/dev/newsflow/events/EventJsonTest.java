package dev.newsflow.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventJsonTest {

    private final EventJson json = new EventJson();

    @Test
    void ingestedEventRoundTripsAndMatchesItsSchema() {
        ArticleIngested event = SampleEvents.ingested();

        String text = json.writeString(event);

        assertThat(json.read(text, ArticleIngested.class)).isEqualTo(event);
        assertThat(violations(EventType.ARTICLE_INGESTED, text)).isEmpty();
    }

    @Test
    void enrichedEventRoundTripsAndMatchesItsSchema() {
        ArticleEnriched event = SampleEvents.enriched();

        String text = json.writeString(event);

        assertThat(json.read(text, ArticleEnriched.class)).isEqualTo(event);
        assertThat(violations(EventType.ARTICLE_ENRICHED, text)).isEmpty();
    }

    @Test
    void fieldsAreCamelCaseWithLowerCaseLabelsAndIsoInstants() {
        String text = json.writeString(SampleEvents.enriched());

        assertThat(text).contains("\"publishedAt\":\"2026-11-24T08:00:00Z\"", "\"contentSha256\"",
                "\"label\":\"positive\"", "\"countryCode\":\"NL\"", "\"enricherVersion\":\"test-1\"");
    }

    @Test
    void everyEntityCarriesItsStableId() {
        String text = json.writeString(SampleEvents.enriched());

        assertThat(text).contains("{\"id\":\"person:name:anna-de-vries\",\"name\":\"Anna de Vries\"",
                "{\"id\":\"geo:geonames:2747891\",\"name\":\"Rotterdam\"");
    }

    @Test
    void anEntityFromBeforeIdsExistedStillReadsAndValidates() {
        String text = json.writeString(SampleEvents.enriched()).replace("\"id\":\"person:name:anna-de-vries\",", "");

        ArticleEnriched read = json.read(text, ArticleEnriched.class);

        assertThat(read.entities().getFirst().id()).isNull();
        assertThat(read.entities().getFirst().name()).isEqualTo("Anna de Vries");
        assertThat(violations(EventType.ARTICLE_ENRICHED, text)).isEmpty();
    }

    @Test
    void schemaRejectsAnEntityIdOutsideTheIdScheme() {
        String text = json.writeString(SampleEvents.enriched()).replace("person:name:anna-de-vries", "Anna de Vries");

        assertThat(violations(EventType.ARTICLE_ENRICHED, text)).isNotEmpty();
    }

    @Test
    void unknownValuesAreOmittedNotWrittenAsNull() {
        ArticleIngested bare = new ArticleIngested("0123456789abcdef0123456789abcdef", "T", "B", null, null, null,
                null, null, null, SampleEvents.ingested().ingestedAt());

        String text = json.writeString(bare);

        assertThat(text).doesNotContain("null", "source", "url", "author");
        assertThat(violations(EventType.ARTICLE_INGESTED, text)).isEmpty();
    }

    @Test
    void readersIgnoreFieldsAddedByALaterVersion() {
        String text = json.writeString(SampleEvents.ingested()).replaceFirst("\\{", "{\"addedLater\":{\"x\":1},");

        assertThat(json.read(text, ArticleIngested.class)).isEqualTo(SampleEvents.ingested());
    }

    @Test
    void schemaRejectsAnEnrichedArticleWithAnUnknownEntityType() {
        String text = json.writeString(SampleEvents.enriched()).replace("\"PERSON\"", "\"ANIMAL\"");

        assertThat(violations(EventType.ARTICLE_ENRICHED, text)).isNotEmpty();
    }

    private static List<Error> violations(EventType type, String text) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as(type.schemaResource()).isNotNull();
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
            return schema.validate(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
