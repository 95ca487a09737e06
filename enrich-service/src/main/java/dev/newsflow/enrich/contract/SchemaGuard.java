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
 * reads an invalid record and no article is lost over one bad optional field. What is checked is what consumers
 * will read: the published bytes are written from the very tree that was validated, and that tree is checked as a
 * reader would parse those bytes back. Jackson writes a tree's strings, integers and finite doubles so that they
 * parse back to the same values, so for such a tree the record is built straight from the object, with no text
 * in between; any other number (a NaN, written as the string "NaN") is only known by its JSON, so such a record is
 * written first and its bytes parsed back, and a value that turns invalid on the way to JSON is caught too.
 * Thread-safe.
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
        JsonNode tree = json.mapper().valueToTree(article);
        if (!readsBackAsItIs(tree)) {
            tree = json.mapper().readTree(json.write(article));
        }
        Validated validated;
        try {
            validated = validator.validate(EventType.ARTICLE_ENRICHED, tree);
        } catch (UnusableRecordException e) {
            throw new InvalidEnrichmentException(article.id(), e.violation().describe());
        }
        byte[] valid = json.mapper().writeValueAsBytes(validated.record());
        if (!validated.isChanged()) {
            return new ValidRecord(article, valid, validated.dropped());
        }
        return new ValidRecord(json.read(valid, ArticleEnriched.class), valid, validated.dropped());
    }

    /** Whether every number in {@code node} is an int, a long or a finite double, which JSON carries unchanged. */
    private static boolean readsBackAsItIs(JsonNode node) {
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                if (!readsBackAsItIs(child)) {
                    return false;
                }
            }
            return true;
        }
        return !node.isNumber() || node.isInt() || node.isLong() || node.isDouble() && Double.isFinite(node.doubleValue());
    }
}
