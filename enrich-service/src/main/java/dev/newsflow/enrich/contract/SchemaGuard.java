package dev.newsflow.enrich.contract;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.events.validation.UnusableRecordException;
import dev.newsflow.events.validation.Validated;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Validates every enriched record against {@code article-enriched.v1} before it is published, with the contract's
 * {@link RecordValidator}: a record broken in an optional part is published without that part, so no consumer ever
 * reads an invalid record and no article is lost over one bad optional field. The bytes checked are the bytes
 * published, so a value that only turns invalid on the way to JSON (a NaN written as the string "NaN") is caught
 * too. Thread-safe.
 */
@Component
public class SchemaGuard {

    private final RecordValidator validator;
    private final EventJson json;

    public SchemaGuard(RecordValidator validator, EventJson json) {
        this.validator = validator;
        this.json = json;
    }

    /**
     * The record to publish for {@code article}.
     *
     * @throws InvalidEnrichmentException when a part the schema requires is itself invalid
     */
    public ValidRecord check(ArticleEnriched article) {
        byte[] bytes = json.write(article);
        Validated validated;
        try {
            validated = validator.validate(EventType.ARTICLE_ENRICHED, json.mapper().readTree(bytes));
        } catch (UnusableRecordException e) {
            throw new InvalidEnrichmentException(article.id(), e.violation().describe());
        }
        if (!validated.isChanged()) {
            return new ValidRecord(article, bytes, validated.dropped());
        }
        JsonNode record = validated.record();
        byte[] valid = json.mapper().writeValueAsBytes(record);
        return new ValidRecord(json.read(valid, ArticleEnriched.class), valid, validated.dropped());
    }
}
