package dev.newsflow.events.validation;

import tools.jackson.core.JsonPointer;

/**
 * One way a record breaks its contract.
 *
 * @param location the value it is about (for a missing member: the object that lacks it)
 * @param message  what is wrong, for logs and dead-letter headers
 * @param missing  the name of the required member missing at {@code location}; null for any other violation
 */
public record Violation(JsonPointer location, String message, String missing) {

    /** A violation of the value at {@code location} itself, as a {@link PartRule} reports it. */
    public static Violation at(JsonPointer location, String message) {
        return new Violation(location, message, null);
    }

    /** The location and the message, as logs and exceptions show it ({@code /entities/2/geo/lat: ...}). */
    public String describe() {
        return (location.matches() ? "" : location + ": ") + message;
    }
}
