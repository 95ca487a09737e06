package dev.newsflow.store.consume;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/** Value checks against the enriched schema's constraints, on JSON nodes before they become records. */
final class JsonChecks {

    private JsonChecks() {
    }

    /** A string with at least one non-blank character and no U+0000, which PostgreSQL text cannot hold. */
    static boolean isText(JsonNode node) {
        return node != null && node.isString() && !node.stringValue().isBlank() && isStorable(node);
    }

    static boolean isStorable(JsonNode node) {
        return !node.isString() || node.stringValue().indexOf('\u0000') < 0;
    }

    static boolean isNumberIn(JsonNode node, double min, double max) {
        if (node == null || !node.isNumber()) {
            return false;
        }
        double value = node.doubleValue();
        return value >= min && value <= max;
    }

    static boolean isIntAtLeast(JsonNode node, int min) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= min;
    }

    /** An ISO-8601 instant, with Z or an offset, as the contract writes times. */
    static Instant instant(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.stringValue()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Removes the matching elements, telling {@code removed} each one's position as received. */
    static void removeIf(ArrayNode array, Predicate<JsonNode> bad, IntConsumer removed) {
        for (int index = array.size() - 1; index >= 0; index--) {
            if (bad.test(array.get(index))) {
                array.remove(index);
                removed.accept(index);
            }
        }
    }
}
