package dev.newsflow.enrich.contract;

/**
 * An optional part of an enriched record left out because it broke the schema.
 *
 * @param location JSON Pointer of the part in the record as it was ("/entities/3/geo")
 * @param reason   the schema's complaint that led to it, with the location it is about ("/entities/3/geo/lat: ...")
 */
public record DroppedPart(String location, String reason) {
}
