package dev.newsflow.store.consume;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.SampleEvents;
import dev.newsflow.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

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

    private void decode(String json) {
        decoder.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
