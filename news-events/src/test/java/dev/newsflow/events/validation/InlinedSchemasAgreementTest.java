package dev.newsflow.events.validation;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.SampleEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real schemas judge every record alike whether their references are inlined or not: the valid fixtures and each
 * record made by breaking one value of them (its type, its presence, its range, its format, its enum, an entity's id
 * against its type) get the same violations from both.
 */
class InlinedSchemasAgreementTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** What each value is set to in turn: wrong types, blanks, out of every range, a bad date-time, ids and enums. */
    private static final List<JsonNode> REPLACEMENTS = List.of(NODES.nullNode(), NODES.booleanNode(true),
            NODES.numberNode(17), NODES.numberNode(-3), NODES.numberNode(2), NODES.numberNode(0.5),
            NODES.numberNode(-0.5), NODES.stringNode(""), NODES.stringNode(" \n"), NODES.stringNode("last Tuesday"),
            NODES.stringNode("2026-13-40T25:00:00Z"), NODES.stringNode("MAYBE"), NODES.stringNode("PERSON"),
            NODES.stringNode("ORGANIZATION"), NODES.stringNode("LOCATION"), NODES.stringNode("positive"),
            NODES.stringNode("person:kb:x"), NODES.stringNode("org:kb:x"), NODES.stringNode("geo:geonames:1"),
            NODES.stringNode("Netherlands"), NODES.arrayNode(), NODES.arrayNode().add(" "), NODES.objectNode());

    private final EventSchemas inlined = new EventSchemas();
    private final EventSchemas asWritten = new EventSchemas(UnaryOperator.identity());
    private final EventJson json = new EventJson();

    @Test
    void inliningChangesNoVerdictOnValidOrBrokenRecords() {
        int broken = 0;
        for (EventType type : EventType.values()) {
            for (JsonNode valid : validRecords(type)) {
                assertThat(asWritten.violations(type, valid)).as(type + " fixture").isEmpty();
                for (JsonNode record : mutations(valid)) {
                    List<Violation> expected = asWritten.violations(type, record);
                    assertThat(inlined.violations(type, record)).as(type + " " + record)
                            .containsExactlyInAnyOrderElementsOf(expected);
                    broken += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(broken).as("mutations the schemas as written reject").isGreaterThan(500);
    }

    private List<JsonNode> validRecords(EventType type) {
        Object sample = type == EventType.ARTICLE_ENRICHED ? SampleEvents.enriched() : SampleEvents.ingested();
        String fixture = type == EventType.ARTICLE_ENRICHED ? "article-enriched.json" : "article-ingested.json";
        try (InputStream in = getClass().getResourceAsStream("/compat/0.1.0/" + fixture)) {
            return List.of(json.mapper().readTree(json.write(sample)), json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record with one value removed or replaced, for every value at any depth. */
    private static List<JsonNode> mutations(JsonNode valid) {
        List<JsonPointer> locations = new ArrayList<>();
        collect(valid, JsonPointer.empty(), locations);
        List<JsonNode> out = new ArrayList<>();
        for (JsonPointer at : locations) {
            out.add(changed(valid, at, null));
            for (JsonNode replacement : REPLACEMENTS) {
                out.add(changed(valid, at, replacement));
            }
        }
        return out;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> out) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                out.add(at.appendProperty(name));
                collect(object.get(name), at.appendProperty(name), out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(at.appendIndex(i));
                collect(array.get(i), at.appendIndex(i), out);
            }
        }
    }

    /** A copy of {@code record} with the value at {@code at} replaced, or removed when {@code value} is null. */
    private static JsonNode changed(JsonNode record, JsonPointer at, JsonNode value) {
        JsonNode copy = record.deepCopy();
        JsonNode parent = copy.at(at.head());
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(at.last().getMatchingProperty());
            } else {
                object.set(at.last().getMatchingProperty(), value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove(at.last().getMatchingIndex());
            } else {
                array.set(at.last().getMatchingIndex(), value);
            }
        }
        return copy;
    }
}
