package dev.newsflow.events.validation;

/**
 * An optional part left out of a record because it broke the contract.
 *
 * @param location JSON Pointer of the part in the record as it was ({@code /entities/3/geo})
 * @param kind     the part's field names from the root, an array item written {@code []}
 *                 ({@code entities[].geo}): a small fixed set, fit for a metric tag
 * @param reason   the violation that led to it, with the location it is about ({@code /entities/3/geo/lat: ...})
 */
public record DroppedPart(String location, String kind, String reason) {
}
