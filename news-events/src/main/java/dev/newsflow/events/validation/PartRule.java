package dev.newsflow.events.validation;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A constraint one producer or consumer adds to the schema, for what the schema cannot express (a database's
 * limits, say). Its violations are repaired like the schema's: the smallest optional part containing it is dropped.
 */
@FunctionalInterface
public interface PartRule {

    /** What in {@code record} breaks this rule; empty when nothing does. */
    List<Violation> violations(JsonNode record);
}
