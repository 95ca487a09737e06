package dev.newsflow.events;

/** Coordinates (WGS84 degrees) and ISO 3166-1 alpha-2 country code of a location the gazetteer knows. */
public record Geo(double lat, double lon, String countryCode) {
}
