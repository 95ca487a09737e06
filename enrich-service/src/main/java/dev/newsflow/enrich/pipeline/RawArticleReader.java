package dev.newsflow.enrich.pipeline;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/** Turns a raw-topic record into a raw article, or says precisely which record is unreadable and why. */
@Component
class RawArticleReader {

    private final EventJson json;

    RawArticleReader(EventJson json) {
        this.json = json;
    }

    ArticleIngested read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            throw new InvalidArticleException(where(record) + " has no value", null);
        }
        try {
            return json.read(record.value(), ArticleIngested.class);
        } catch (JacksonException e) {
            // also covers JSON that parses but breaks the contract: the record's constructor rejects it and
            // Jackson wraps that in a ValueInstantiationException
            throw new InvalidArticleException(where(record) + " is not a valid raw article: " + e.getMessage(), e);
        }
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return "record %s-%d@%d (key %s)".formatted(record.topic(), record.partition(), record.offset(), record.key());
    }
}
