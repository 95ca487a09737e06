package dev.newsflow.nlp.geo;

import dev.newsflow.events.Geo;

import java.util.Objects;

/**
 * A place the gazetteer knows. Every name of the place (exonyms, abbreviations) maps to the same instance,
 * so "US" and "America" in one article resolve to one entity.
 *
 * @param name        the gazetteer's usual name
 * @param countryCode ISO 3166-1 alpha-2, or null for regions spanning countries
 * @param geo         coordinates and country, or null when the source has no coordinates
 * @param id          the contract's entity id ({@code EntityIds}): the same for every name of the place
 */
public record Place(String name, Kind kind, String countryCode, Geo geo, long population, String id) {

    public enum Kind {
        COUNTRY, ADMIN, CITY, REGION
    }

    /** A sovereign state's entry ("France", "U.S."), not a region, a province or a town. */
    public boolean isCountry() {
        return kind == Kind.COUNTRY;
    }

    /**
     * The id's (cached) hash: places key the resolver's groups, and the record's own hash of six fields (the
     * coordinates' among them) at every mention was a percent of the engine's time. Equal places have equal ids.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
