package dev.newsflow.store.consume;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Geo;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SampleEvents;
import dev.newsflow.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrichedArticleDecoderTest {

    private final EnrichedArticleDecoder decoder = new EnrichedArticleDecoder(new EventJson());
    private final String sample = new String(TestArticles.json(SampleEvents.enriched()), StandardCharsets.UTF_8);

    @Test
    void keepsTheRecordAsReceivedIncludingFieldsItDoesNotKnow() {
        String newer = sample.replaceFirst("\\{", "{\"readingTimeMinutes\":2,");
        var incoming = decoder.decode(newer.getBytes(StandardCharsets.UTF_8));
        assertThat(incoming.article()).isEqualTo(SampleEvents.enriched());
        assertThat(incoming.json()).contains("readingTimeMinutes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1,2]", "null", "{\"id\":\"abc\"}", "not json"})
    void refusesWhatIsNotAnEnrichedArticle(String value) {
        assertThatThrownBy(() -> decoder.decode(value.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void refusesAMissingValueABadIdAnOutOfRangeScoreAndNulCharacters() {
        assertThatThrownBy(() -> decoder.decode(null)).hasMessageContaining("no value");
        assertThatThrownBy(() -> decode(sample.replaceFirst("\"id\":\"[0-9a-f]+\"", "\"id\":\"../etc\"")))
                .hasMessageContaining("../etc");
        assertThatThrownBy(() -> decode(sample.replace("\"score\":0.31", "\"score\":7")))
                .hasMessageContaining("[-1, 1]");
        assertThatThrownBy(() -> decode(sample.replace("Engineers", "Engi\\u0000neers")))
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> decode(sample.replace("\"title\":\"Harbour", "\"title\":\"   \",\"x\":\"")))
                .hasMessageContaining("title");
    }

    @Test
    void refusesAnEntitySentimentWithoutALabelOrWithAnOutOfRangeScore() {
        String json = new String(TestArticles.json(TestArticles.article("Pier reopens after storm")
                .entity("Harbour Board", EntityType.ORGANIZATION, 2, 0.1).build()), StandardCharsets.UTF_8);
        String unlabelled = json.replace("{\"label\":\"positive\",\"score\":0.1}", "{\"score\":0.1}");
        assertThat(unlabelled).isNotEqualTo(json);
        assertThatThrownBy(() -> decode(unlabelled)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("Harbour Board").hasMessageContaining("without a label");
        assertThatThrownBy(() -> decode(json.replace("\"score\":0.1", "\"score\":-3")))
                .hasMessageContaining("[-1, 1]");
    }

    @ParameterizedTest
    @CsvSource({"91, 4", "-90.5, 4", "52, 181", "52, -200", "NaN, 4"})
    void refusesALocationOffTheGlobe(double lat, double lon) {
        var place = new NamedEntity("Port Elwen", EntityType.LOCATION, List.of(), 1, 0, 0.4, null,
                new Geo(lat, lon, "NL"));
        byte[] json = TestArticles.json(TestArticles.article("Ferry to Port Elwen").entity(place).build());
        assertThatThrownBy(() -> decoder.decode(json)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("latitude");
    }

    @Test
    void refusesAnEntityWithoutAType() {
        String json = new String(TestArticles.json(TestArticles.article("Mayor opens library")
                .entity("Lena Brandt", EntityType.PERSON, 1, 0.0).build()), StandardCharsets.UTF_8);
        String untyped = json.replace("\"type\":\"PERSON\",", "");
        assertThat(untyped).isNotEqualTo(json);
        assertThatThrownBy(() -> decode(untyped)).isInstanceOf(InvalidArticleException.class);
    }

    private void decode(String json) {
        decoder.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
