package dev.newsflow.enrich.pipeline;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.SampleEvents;
import dev.newsflow.events.Topics;
import dev.newsflow.events.validation.RecordValidator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawArticleReaderTest {

    private final EventJson json = new EventJson();
    private final RawArticleReader reader = new RawArticleReader(json, new RecordValidator());

    @Test
    void readsARawArticle() {
        ArticleIngested raw = SampleEvents.ingested();

        assertThat(reader.read(record(raw.id(), json.write(raw)))).isEqualTo(raw);
    }

    @Test
    void namesTheRecordThatIsNotJson() {
        assertThatThrownBy(() -> reader.read(record("k1", "<html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("record news.articles.raw.v1-2@41 (key k1) is not a valid raw article");
    }

    @Test
    void rejectsAnEventWithoutARequiredField() {
        byte[] noBody = "{\"id\":\"x\",\"title\":\"T\",\"ingestedAt\":\"2026-03-02T08:00:00Z\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(record("x", noBody)))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("body");
    }

    @Test
    void namesTheFieldAnEmptyOrBlankTitleOrBodyIsIn() {
        for (String field : List.of("title", "body")) {
            for (String blank : List.of("", "  \n\t")) {
                ObjectNode article = (ObjectNode) json.mapper().valueToTree(SampleEvents.ingested());
                article.put(field, blank);

                assertThatThrownBy(() -> reader.read(record("k", json.write(article))))
                        .as("%s \"%s\"", field, blank)
                        .isInstanceOf(InvalidArticleException.class)
                        .hasMessageStartingWith("record news.articles.raw.v1-2@41 (key k) is not a valid raw article")
                        .hasMessageContaining("/" + field + ": ");
            }
        }
    }

    @Test
    void namesEveryFieldThatBreaksTheContract() {
        byte[] bad = "{\"id\":\"x\",\"body\":\"Text.\",\"ingestedAt\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(record("x", bad)))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("/id: ").hasMessageContaining("title").hasMessageContaining("/ingestedAt: ");
    }

    @Test
    void readsAnArticleWithoutAnOptionalFieldThatBreaksTheContract() {
        ArticleIngested raw = SampleEvents.ingested();
        ObjectNode article = (ObjectNode) json.mapper().valueToTree(raw);
        article.put("publishedAt", "last Tuesday");

        ArticleIngested read = reader.read(record(raw.id(), json.write(article)));

        assertThat(read.publishedAt()).isNull();
        assertThat(read.title()).isEqualTo(raw.title());
    }

    @Test
    void rejectsAnEmptyRecord() {
        assertThatThrownBy(() -> reader.read(record("gone", null)))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageEndingWith("has no value");
    }

    private static ConsumerRecord<String, byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>(Topics.RAW_ARTICLES, 2, 41, key, value);
    }
}
