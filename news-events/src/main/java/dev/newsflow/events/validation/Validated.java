package dev.newsflow.events.validation;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A record that meets its contract.
 *
 * @param record  the record as given when it conforms; otherwise a copy without the dropped parts (the input is
 *                never changed)
 * @param dropped the optional parts left out to make it conform, in the order they were found; empty for a valid one
 */
public record Validated(JsonNode record, List<DroppedPart> dropped) {

    public Validated {
        dropped = List.copyOf(dropped);
    }

    public boolean isChanged() {
        return !dropped.isEmpty();
    }
}
