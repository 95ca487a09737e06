package dev.newsflow.events.validation;

import tools.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The JSON Schema keywords the contract's schemas use, each as a check that is at least as strict as the validator's:
 * a value it accepts, the validator accepts too; a value it refuses may still be valid (an integer written
 * {@code 1.0}, a date-time with an offset), and is then left to the validator. Patterns are searched as the
 * validator searches them ({@link java.util.regex.Matcher#find()}), except that a closing {@code $} means the end of
 * the text only, as in ECMA-262 (Java's would also match before a final line break).
 */
final class ValueChecks {

    /** {@code $defs/text}: a string with a non-white-space character. */
    static final Predicate<JsonNode> TEXT = pattern("\\S");
    static final Predicate<JsonNode> STRING = JsonNode::isString;
    static final Predicate<JsonNode> DATE_TIME = node -> node.isString() && isUtcDateTime(node.stringValue());

    /** Only the form Jackson writes instants in: 2026-12-03T07:13:21.123Z. */
    private static final Pattern UTC_DATE_TIME =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,9})?Z");

    private ValueChecks() {
    }

    static Predicate<JsonNode> pattern(String regex) {
        Pattern pattern = Pattern.compile(regex.endsWith("$") ? regex.substring(0, regex.length() - 1) + "\\z" : regex);
        return node -> node.isString() && pattern.matcher(node.stringValue()).find();
    }

    static Predicate<JsonNode> oneOf(String... values) {
        Set<String> allowed = Set.of(values);
        return node -> node.isString() && allowed.contains(node.stringValue());
    }

    /** An integer of {@code int} or {@code long} size, at least {@code minimum}. */
    static Predicate<JsonNode> integer(long minimum) {
        return node -> (node.isInt() || node.isLong()) && node.longValue() >= minimum;
    }

    /** A finite number between the two bounds, both included. */
    static Predicate<JsonNode> number(double minimum, double maximum) {
        return node -> {
            if (!(node.isInt() || node.isLong() || node.isDouble())) {
                return false;
            }
            double value = node.doubleValue();
            return Double.isFinite(value) && value >= minimum && value <= maximum;
        };
    }

    /** An array whose every item passes {@code item}. */
    static Predicate<JsonNode> arrayOf(Predicate<JsonNode> item) {
        return node -> {
            if (!node.isArray()) {
                return false;
            }
            for (JsonNode element : node.values()) {
                if (!item.test(element)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Whether {@code object} has every one of {@code names}, whatever their values. */
    static boolean hasAll(JsonNode object, String... names) {
        for (String name : names) {
            if (!object.has(name)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the member {@code name} of {@code object} is absent or passes {@code check}. */
    static boolean optional(JsonNode object, String name, Predicate<JsonNode> check) {
        JsonNode value = object.get(name);
        return value == null || check.test(value);
    }

    private static boolean isUtcDateTime(String text) {
        var m = UTC_DATE_TIME.matcher(text);
        if (!m.matches()) {
            return false;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            // the calendar date must exist (no 30 February); years before 1000 are left to the validator
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return year >= 1000;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
