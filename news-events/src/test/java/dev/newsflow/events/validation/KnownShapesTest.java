package dev.newsflow.events.validation;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.SampleEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KnownShapesTest {

    private static final EventSchemas SCHEMAS = new EventSchemas();
    private static final EventJson JSON = new EventJson();
    /** Values put in place of every part of a sample, one at a time: every kind and edge the schemas tell apart. */
    private static final List<String> REPLACEMENTS = List.of("null", "true", "0", "1", "-1", "2", "-0.5", "0.5",
            "1.5", "1.0", "91", "181", "-181", "9999999999", "12345678901234567890", "{}", "[]", "[\"x\"]",
            "[\" \"]", "[1]", "\"\"", "\" \"", "\"x\"", "\"\\n\"", "\"\\u00a0\"", "\"\\u2003\\u3000\"", "\"\\ufeff\"", "\"\\u000b\\u001c\"", "\"0123456789abcdef0123456789abcdef\\n\"",
            "\"0123456789ABCDEF0123456789ABCDEF\"", "\"2026-11-24T09:00:00Z\"", "\"2026-02-30T09:00:00Z\"",
            "\"2026-11-24T24:00:00Z\"", "\"2026-11-24T09:00:60Z\"", "\"0999-11-24T09:00:00Z\"",
            "\"2026-11-24T09:00:00+01:00\"", "\"2026-11-24t09:00:00z\"", "\"2026-11-24T09:00:00.123456789Z\"",
            "\"geo:name:x\"", "\"org:kb:y\"", "\"person:name:z\"", "\"geo:country:\"", "\"en\"", "\"pt-BR\"",
            "\"a-very-long-language-tag\"", "\"NL\"", "\"nl\"", "\"positive\"", "\"PERSON\"", "\"LOCATION\"",
            "\"ORGANIZATION\"", "\"" + "a".repeat(64) + "\"", "{\"label\":\"neutral\",\"score\":0}",
            "{\"lat\":1,\"lon\":2}", "{\"fileName\":\" \",\"format\":\"txt\"}");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theShippedSchemasAreTheOnesTheQuickCheckWasWrittenFrom(EventType type) {
        // fails when a schema is edited: KnownShapes must then be brought in line and EventSchemas' hash updated
        assertThat(SCHEMAS.quickChecks(type)).isTrue();
    }

    @Test
    void recordsAsTheServicesWriteThemPassTheQuickCheck() {
        ObjectNode enriched = sample(EventType.ARTICLE_ENRICHED);
        assertThat(KnownShapes.conforms(EventType.ARTICLE_ENRICHED, enriched)).isTrue();
        assertThat(KnownShapes.conforms(EventType.ARTICLE_INGESTED, sample(EventType.ARTICLE_INGESTED))).isTrue();
        ((ObjectNode) enriched.at("/entities/0")).remove("id"); // records from before ids existed
        enriched.put("addedLater", "x");
        assertThat(KnownShapes.conforms(EventType.ARTICLE_ENRICHED, enriched)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void whatTheQuickCheckPassesTheValidatorFindsValid(EventType type) {
        int passed = 0;
        for (JsonNode variant : variants(sample(type))) {
            if (KnownShapes.conforms(type, variant)) {
                passed++;
                assertThat(SCHEMAS.validatorViolations(type, variant)).as("%s", variant).isEmpty();
            }
        }
        assertThat(passed).as("variants the quick check passed").isGreaterThan(50);
    }

    @Test
    void aRecordTheQuickCheckRefusesIsJudgedByTheValidator() {
        ObjectNode record = sample(EventType.ARTICLE_ENRICHED);
        record.put("wordCount", 38.0); // an integer all the same, too unusual for the quick check

        assertThat(KnownShapes.conforms(EventType.ARTICLE_ENRICHED, record)).isFalse();
        assertThat(SCHEMAS.violations(EventType.ARTICLE_ENRICHED, record)).isEmpty();
        record.put("wordCount", -1);
        assertThat(SCHEMAS.violations(EventType.ARTICLE_ENRICHED, record)).isNotEmpty();
    }

    /** The sample with each of its parts left out, and with each replaced by each of {@link #REPLACEMENTS}. */
    private static List<JsonNode> variants(ObjectNode sample) {
        List<JsonPointer> parts = new ArrayList<>();
        collect(sample, JsonPointer.empty(), parts);
        List<JsonNode> variants = new ArrayList<>();
        for (JsonPointer part : parts) {
            variants.add(with(sample, part, null));
            REPLACEMENTS.forEach(value -> variants.add(with(sample, part, JSON.mapper().readTree(value))));
        }
        return variants;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> parts) {
        if (node.isObject()) {
            node.properties().forEach(p -> parts.add(at.appendProperty(p.getKey())));
            node.properties().forEach(p -> collect(p.getValue(), at.appendProperty(p.getKey()), parts));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                parts.add(at.appendIndex(i));
                collect(node.get(i), at.appendIndex(i), parts);
            }
        }
    }

    /** A copy with the part at {@code part} replaced by {@code value}, or left out when it is null. */
    private static JsonNode with(ObjectNode sample, JsonPointer part, JsonNode value) {
        ObjectNode copy = sample.deepCopy();
        JsonNode parent = copy.at(part.head());
        if (parent instanceof ObjectNode object) {
            String name = part.last().getMatchingProperty();
            if (value == null) {
                object.remove(name);
            } else {
                object.set(name, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = part.last().getMatchingIndex();
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        return copy;
    }

    private static ObjectNode sample(EventType type) {
        Object event = Map.of(EventType.ARTICLE_INGESTED, (Object) SampleEvents.ingested(),
                EventType.ARTICLE_ENRICHED, SampleEvents.enriched()).get(type);
        return (ObjectNode) JSON.mapper().readTree(JSON.write(event));
    }
}
