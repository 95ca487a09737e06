package dev.newsflow.enrich.pipeline;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.validation.DroppedPart;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.events.validation.UnusableRecordException;
import dev.newsflow.events.validation.Validated;
import dev.newsflow.events.validation.Violation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Turns a raw-topic record into a raw article through the contract's {@link RecordValidator}, or says precisely
 * which record is unusable and why: the field that breaks {@code article-ingested.v1}, as the schema names it. An
 * invalid optional field (a {@code publishedAt} that is no date) is left out and the article enriched without it.
 */
@Component
class RawArticleReader {

    private static final Logger log = LoggerFactory.getLogger(RawArticleReader.class);

    private final EventJson json;
    private final RecordValidator validator;
    // its deserializer found once, not looked up again for every record
    private final ObjectReader articles;

    RawArticleReader(EventJson json, RecordValidator validator) {
        this.json = json;
        this.validator = validator;
        this.articles = json.mapper().readerFor(ArticleIngested.class);
    }

    ArticleIngested read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            throw new InvalidArticleException(where(record) + " has no value", null);
        }
        JsonNode tree;
        try {
            tree = json.mapper().readTree(record.value());
        } catch (JacksonException e) {
            throw new InvalidArticleException(where(record) + " is not a valid raw article: not JSON: "
                    + e.getOriginalMessage(), e);
        }
        Validated validated;
        try {
            validated = validator.validate(EventType.ARTICLE_INGESTED, tree);
        } catch (UnusableRecordException e) {
            // every violation, not just the one that made it unusable: one dead letter tells the whole fix
            throw new InvalidArticleException(where(record) + " is not a valid raw article: it breaks "
                    + "article-ingested.v1: " + String.join("; ", validator.violations(EventType.ARTICLE_INGESTED, tree)
                    .stream().map(Violation::describe).toList()), e);
        }
        if (validated.isChanged()) {
            log.warn("{}: enriched without its invalid optional parts {}", where(record),
                    String.join(", ", validated.dropped().stream().map(DroppedPart::reason).toList()));
        }
        try {
            // a conforming record builds (ContractAgreementTest); kept for a value the schema's checks accept and
            // Jackson still cannot read into the record (a date-time java.time parses differently)
            return articles.readValue(validated.record());
        } catch (JacksonException e) {
            throw new InvalidArticleException(where(record) + " is not a valid raw article: " + e.getOriginalMessage(), e);
        }
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return "record %s-%d@%d (key %s)".formatted(record.topic(), record.partition(), record.offset(), record.key());
    }
}
