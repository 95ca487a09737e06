package dev.newsflow.store.consume;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Geo;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SampleEvents;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.article.IncomingArticle;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class EnrichedArticleDecoderTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:05Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EnrichedArticleDecoder decoder = new EnrichedArticleDecoder(new EventJson(), new StoreMetrics(meters),
            new RecordValidator());
    private final String sample = new String(TestArticles.json(SampleEvents.enriched()), StandardCharsets.UTF_8);

    @Test
    void keepsTheRecordAsReceivedIncludingFieldsItDoesNotKnow() {
        String newer = sample.replaceFirst("\\{", "{\"readingTimeMinutes\":2,");
        var incoming = decode(newer);
        assertThat(incoming.article()).isEqualTo(SampleEvents.enriched());
        assertThat(incoming.json()).isEqualTo(newer);
        assertThat(incoming.entities()).extracting(e -> e.id())
                .containsExactly("person:name:anna-de-vries", "geo:geonames:2747891");
    }

    @Test
    void readsARecordWithFieldsItDoesNotKnowAtAnyDepthAndKeepsThem() {
        String newer = sample.replace("\"label\":\"positive\",\"score\":0.31",
                        "\"label\":\"positive\",\"score\":0.31,\"model\":{\"name\":\"tone-2\"}")
                .replace("\"name\":\"Rotterdam\"", "\"name\":\"Rotterdam\",\"wikidata\":\"Q34370\"")
                .replace("\"countryCode\":\"NL\"", "\"countryCode\":\"NL\",\"elevation\":[-6]")
                .replace("\"fileName\":\"barrier.txt\"", "\"fileName\":\"barrier.txt\",\"encoding\":\"utf-8\"")
                .replaceFirst("\\{", "{\"readingTime\":{\"minutes\":2},");
        assertThat(newer).contains("tone-2", "Q34370", "elevation", "utf-8", "readingTime");

        var incoming = decode(newer);

        assertThat(incoming.article()).isEqualTo(SampleEvents.enriched());
        assertThat(incoming.tone()).contains(SampleEvents.enriched().sentiment());
        assertThat(incoming.json()).isEqualTo(newer);
        assertThat(meters.find("newsflow.store.parts.dropped").counters()).isEmpty();
    }

    @Test
    void aNulCharacterCostsOnlyThePartThatHasIt() {
        var incoming = decode(sample.replace("\"storm surge\"", "\"storm\\u0000surge\"")
                .replaceFirst("\\{\"id\"", "{\"note\":\"a\\\\u0000b\",\"id\"")); // the article's, not its entities'
        assertThat(incoming.article().keywords()).containsExactly("tidal barrier");
        assertThat(incoming.json()).doesNotContain("note");
        assertThat(dropped("keywords") + dropped("unknown")).isEqualTo(2);
    }

    @Test
    void missingTimesAreReplacedAndCounted() {
        var incoming = decode(sample.replaceFirst("\"enrichedAt\":\"[^\"]*\"", "\"enrichedAt\":\"soon\"")
                .replaceFirst(",\"ingestedAt\":\"[^\"]*\"", ""));
        assertThat(incoming.article().enrichedAt()).isEqualTo(RECEIVED);
        assertThat(incoming.article().ingestedAt()).isEqualTo(RECEIVED);
        assertThat(dropped("enrichedAt") + dropped("ingestedAt")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1,2]", "null", "{\"id\":\"abc\"}", "not json"})
    void refusesWhatIsNotAnEnrichedArticle(String value) {
        assertThatThrownBy(() -> decode(value)).isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void refusesOnlyAMissingValueABadIdAMissingTitleOrBodyAndNulCharactersInThem() {
        assertThatThrownBy(() -> decoder.decode(null, RECEIVED)).hasMessageContaining("no value");
        assertThatThrownBy(() -> decode(sample.replaceFirst("\"id\":\"[0-9a-f]+\"", "\"id\":\"../etc\"")))
                .hasMessageContaining("../etc");
        assertThatThrownBy(() -> decode(sample.replace("Engineers", "Engi\\u0000neers")))
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> decode(sample.replace("\"title\":\"Harbour", "\"title\":\"   \",\"x\":\"")))
                .hasMessageContaining("title");
        String plain = new String(TestArticles.json(TestArticles.article("Quay closed").build()), StandardCharsets.UTF_8);
        String bodiless = plain.replaceFirst("\"body\":\"[^\"]*\",", "");
        assertThat(bodiless).isNotEqualTo(plain);
        assertThatThrownBy(() -> decode(bodiless)).hasMessageContaining("body");
    }

    @Test
    void anEntitySentimentWithoutALabelIsLeftOutCountedAndLogged(CapturedOutput output) {
        String json = new String(TestArticles.json(TestArticles.article("Pier reopens after storm")
                .entity("Harbour Board", EntityType.ORGANIZATION, 2, 0.1).build()), StandardCharsets.UTF_8);
        String unlabelled = json.replace("{\"label\":\"positive\",\"score\":0.1}", "{\"score\":0.1}");
        assertThat(unlabelled).isNotEqualTo(json);

        IncomingArticle incoming = decode(unlabelled);
        assertThat(incoming.article().entities()).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Harbour Board"))
                .satisfies(e -> assertThat(e.sentiment()).isNull());
        assertThat(incoming.json()).doesNotContain("\"score\":0.1");
        assertThat(dropped("entity.sentiment")).isEqualTo(1);
        assertThat(output).contains("WARN").contains(incoming.article().id()).contains("/entities/0/sentiment: ");
        assertThat(decode(json.replace("\"score\":0.1", "\"score\":-3")).article().entities().getFirst().sentiment())
                .isNull();
    }

    @ParameterizedTest
    @CsvSource({"91, 4", "-90.5, 4", "52, 181", "52, -200", "NaN, 4"})
    void aLocationOffTheGlobeKeepsTheArticleAndThePlaceWithoutItsGeo(double lat, double lon) {
        var place = new NamedEntity("Port Elwen", EntityType.LOCATION, List.of(), 1, 0, 0.4, null,
                new Geo(lat, lon, "NL"));
        var incoming = decode(new String(TestArticles.json(TestArticles.article("Ferry to Port Elwen").entity(place)
                .build()), StandardCharsets.UTF_8));
        assertThat(incoming.article().entities()).singleElement().satisfies(e -> assertThat(e.geo()).isNull());
        assertThat(incoming.json()).doesNotContain("\"geo\"");
        assertThat(dropped("entity.geo")).isEqualTo(1);
    }

    @Test
    void anEntityWithoutATypeIsLeftOutAndTheOthersKept() {
        String json = new String(TestArticles.json(TestArticles.article("Mayor opens library")
                .entity("Lena Brandt", EntityType.PERSON, 1, 0.0)
                .entity("Varde", EntityType.LOCATION, 1, 0.0).build()), StandardCharsets.UTF_8);
        String untyped = json.replace("\"type\":\"PERSON\",", "");
        assertThat(untyped).isNotEqualTo(json);
        assertThat(decode(untyped).article().entities()).extracting(NamedEntity::name).containsExactly("Varde");
        assertThat(dropped("entity")).isEqualTo(1);
    }

    @Test
    void badKeywordsAndADocumentSentimentOutOfRangeAreLeftOut() {
        var incoming = decode(sample.replace("\"score\":0.31", "\"score\":7")
                .replace("\"keywords\":[\"tidal barrier\",", "\"keywords\":[17,\"\","));
        assertThat(incoming.tone()).isEmpty();
        assertThat(incoming.json()).doesNotContain("\"score\":7");
        assertThat(incoming.article().keywords()).containsExactly("storm surge");
        assertThat(dropped("sentiment")).isEqualTo(1);
        assertThat(dropped("keywords")).isEqualTo(2);
    }

    @Test
    void aLanguageTheColumnCannotHoldAndAnUnreadablePublishedTimeAreLeftOut() {
        var incoming = decode(sample.replace("\"language\":\"en\"", "\"language\":\"English as spoken in Leeds\"")
                .replace("\"publishedAt\":\"2026-11-24T08:00:00Z\"", "\"publishedAt\":\"last Tuesday\""));
        assertThat(incoming.article().language()).isNull();
        assertThat(incoming.article().publishedAt()).isNull();
        assertThat(dropped("language") + dropped("publishedAt")).isEqualTo(2);
        assertThat(decode(sample.replace("\"language\":\"en\"", "\"language\":\"pt-BR\"")).article().language())
                .isEqualTo("pt-BR");
    }

    @Test
    void anEntityIdIsReadAndAnInvalidOneReplacedByTheDerivedId() {
        String json = sample.replace("\"name\":\"Rotterdam\"", "\"id\":\"geo:geonames:2747891\",\"name\":\"Rotterdam\"")
                .replace("\"name\":\"Anna de Vries\"", "\"id\":\"geo:country:NL\",\"name\":\"Anna de Vries\"");
        var incoming = decode(json);
        assertThat(incoming.entities()).extracting(e -> e.id())
                .containsExactly(EntityIds.derived(EntityType.PERSON, "Anna de Vries"), "geo:geonames:2747891");
        assertThat(dropped("entity.id")).isEqualTo(1);
    }

    private IncomingArticle decode(String json) {
        return decoder.decode(json.getBytes(StandardCharsets.UTF_8), RECEIVED);
    }

    private double dropped(String part) {
        var counter = meters.find("newsflow.store.parts.dropped").tag("part", part).counter();
        return counter == null ? 0 : counter.count();
    }
}
