package dev.newsflow.system.harness;

import java.util.Optional;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Finds what ingest published for a file, straight from the raw topic. */
public final class RawArticles {

    private RawArticles() {
    }

    public static Optional<ConsumerRecord<String, byte[]>> findByTitle(LocalPipeline pipeline, String title) {
        EventJson json = new EventJson();
        return TopicReader.readAll(pipeline.bootstrapServers(), Topics.RAW_ARTICLES).stream()
                .filter(record -> isArticleTitled(json, record.value(), title))
                .findFirst();
    }

    private static boolean isArticleTitled(EventJson json, byte[] value, String title) {
        try {
            return title.equals(json.read(value, ArticleIngested.class).title());
        } catch (RuntimeException notAnArticle) {
            // other tests put poison records on the topic on purpose
            return false;
        }
    }
}
