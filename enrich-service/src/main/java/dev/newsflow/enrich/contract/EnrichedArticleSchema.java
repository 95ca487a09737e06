package dev.newsflow.enrich.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.newsflow.events.EventType;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code article-enriched.v1} JSON Schema as news-events ships it, the contract consumers read the enriched topic
 * by. Loaded and compiled once; validation is thread-safe.
 */
public final class EnrichedArticleSchema {

    private final Schema schema;

    public EnrichedArticleSchema() {
        String resource = EventType.ARTICLE_ENRICHED.schemaResource();
        try (InputStream in = EventType.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing JSON Schema " + resource + " in news-events");
            }
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // compiled now, not lazily on the first record by whichever consumer thread gets there first
        schema.initializeValidators();
    }

    /** What in {@code record} breaks the schema; empty when it conforms. */
    public List<Error> violations(JsonNode record) {
        return schema.validate(record);
    }
}
