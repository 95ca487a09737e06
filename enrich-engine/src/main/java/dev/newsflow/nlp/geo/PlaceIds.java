package dev.newsflow.nlp.geo;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntityType;

/**
 * The contract id of a gazetteer row, from its {@code id} column: a GeoNames id (digits), an explicit contract id
 * ({@code geo:...}, for curated rows where the default would be wrong: England is not the United Kingdom, West
 * Germany is not today's Germany), or empty for the default: a country by its ISO code, anything else by its
 * canonical name.
 */
final class PlaceIds {

    private PlaceIds() {
    }

    static String id(Place.Kind kind, String countryCode, String canonicalName, String column) {
        String given = column.strip();
        if (isDigits(given)) {
            return EntityIds.geonames(Long.parseLong(given));
        }
        if (given.startsWith("geo:")) {
            if (!EntityIds.isValid(given)) {
                throw new IllegalStateException("invalid place id " + given + " for " + canonicalName);
            }
            return given;
        }
        if (!given.isEmpty()) {
            throw new IllegalStateException("place id neither a GeoNames id nor geo:...: " + given);
        }
        if (kind == Place.Kind.COUNTRY && countryCode != null) {
            return EntityIds.country(countryCode);
        }
        return EntityIds.derived(EntityType.LOCATION, canonicalName);
    }

    /** Not empty and only ASCII digits: a loop, as this runs for each of the gazetteer's 28,000 rows at start-up. */
    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
