package dev.newsflow.enrich.contract;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EventJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates every enriched record against {@code article-enriched.v1} before it is published. A record that breaks
 * the schema loses just the optional part that breaks it (an entity's {@code geo}, an entity, a keyword) and is
 * published without it: no consumer ever reads an invalid record, and no article is lost over one bad optional field.
 * <p>
 * The part is found from the violation's instance location: the value itself when its parent can do without it,
 * otherwise the nearest enclosing object or array item that can be left out (a non-numeric {@code lat} takes its
 * whole {@code geo} with it). The bytes checked are the bytes published, so a value that only turns invalid on the
 * way to JSON (a NaN written as the string "NaN") is caught too. Thread-safe.
 */
@Component
public class SchemaGuard {

    private final EnrichedArticleSchema schema;
    private final EventJson json;

    public SchemaGuard(EnrichedArticleSchema schema, EventJson json) {
        this.schema = schema;
        this.json = json;
    }

    /**
     * The record to publish for {@code article}.
     *
     * @throws InvalidEnrichmentException when a part the schema requires is itself invalid
     */
    public ValidRecord check(ArticleEnriched article) {
        byte[] bytes = json.write(article);
        JsonNode record = json.mapper().readTree(bytes);
        List<Error> violations = schema.violations(record);
        if (violations.isEmpty()) {
            return new ValidRecord(article, bytes, List.of());
        }
        List<DroppedPart> dropped = new ArrayList<>();
        while (!violations.isEmpty()) { // each round removes a node, so this ends
            record = withoutPartBreaking(record, violations.getFirst(), article.id(), dropped);
            violations = schema.violations(record);
        }
        byte[] valid = json.mapper().writeValueAsBytes(record);
        return new ValidRecord(json.read(valid, ArticleEnriched.class), valid, dropped);
    }

    private JsonNode withoutPartBreaking(JsonNode record, Error violation, String articleId, List<DroppedPart> dropped) {
        NodePath part = violation.getInstanceLocation();
        while (part.getNameCount() > 0) {
            JsonNode without = record.deepCopy();
            remove(without, part);
            if (!isRequired(part, schema.violations(without))) {
                String reason = violation.getInstanceLocation() + ": " + violation.getMessage();
                dropped.add(new DroppedPart(part.toString(), reason));
                return without;
            }
            part = part.getParent();
        }
        throw new InvalidEnrichmentException(articleId, violation.getInstanceLocation() + ": " + violation.getMessage());
    }

    /** Whether leaving {@code part} out breaks its parent's {@code required}. */
    private static boolean isRequired(NodePath part, List<Error> violations) {
        NodePath parent = part.getParent();
        Object name = part.getElement(part.getNameCount() - 1);
        return violations.stream().anyMatch(v -> "required".equals(v.getKeyword())
                && v.getInstanceLocation().equals(parent) && name.equals(v.getProperty()));
    }

    private static void remove(JsonNode root, NodePath part) {
        JsonNode parent = root;
        int last = part.getNameCount() - 1;
        for (int i = 0; i < last; i++) {
            parent = child(parent, part.getElement(i));
        }
        Object name = part.getElement(last);
        if (name instanceof Integer index) {
            ((ArrayNode) parent).remove(index.intValue());
        } else {
            ((ObjectNode) parent).remove(name.toString());
        }
    }

    private static JsonNode child(JsonNode node, Object element) {
        return element instanceof Integer index ? node.get(index.intValue()) : node.get(element.toString());
    }
}
