package dev.newsflow.replay;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayTargetTest {

    @Test
    void aDeadLetterGoesBackToTheTopicItsHeadersName() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ReplayTarget.ORIGINAL_TOPIC, "news.articles.raw.v1".getBytes(StandardCharsets.UTF_8));

        assertThat(new ReplayTarget("custom-dlt", null).topicFor(headers)).isEqualTo("news.articles.raw.v1");
    }

    @Test
    void withoutThatHeaderTheDeadLetterTopicsNameSaysWhere() {
        assertThat(new ReplayTarget("news.articles.enriched.v1-dlt", null).topicFor(new RecordHeaders()))
                .isEqualTo("news.articles.enriched.v1");
    }

    @Test
    void anExplicitTargetWins() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ReplayTarget.ORIGINAL_TOPIC, "a".getBytes(StandardCharsets.UTF_8));

        assertThat(new ReplayTarget("a-dlt", "b").topicFor(headers)).isEqualTo("b");
    }

    @Test
    void onlyDeadLetterTopicsAreReplayedAndNeverIntoThemselves() {
        assertThatThrownBy(() -> new ReplayTarget("news.articles.raw.v1", null))
                .hasMessageContaining("not a dead-letter topic");
        assertThatThrownBy(() -> new ReplayTarget("a-dlt", "a-dlt")).hasMessageContaining("loop");
    }
}
