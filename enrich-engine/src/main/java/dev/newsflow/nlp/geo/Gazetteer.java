package dev.newsflow.nlp.geo;

import dev.newsflow.events.Geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Place names with coordinates and ISO country codes: the generated {@code places.tsv} (GeoNames cities,
 * ISO 3166 countries and subdivisions) under the hand-curated {@code regions.tsv}. Immutable once loaded.
 *
 * <p>When two places share a name the first loaded wins: curated regions, then countries, then cities by
 * falling population, then subdivisions, so "Georgia" is the country and "Paris" the French capital. Rows with
 * the same id ({@link PlaceIds}) are one place, named as the first row names it: the curated "United States" takes
 * the generated "United States of America" as another of its names.
 */
public final class Gazetteer {

    private static final String BASE = "/dev/newsflow/nlp/geo/";
    private static final Place.Kind[] LOAD_ORDER = {Place.Kind.COUNTRY, Place.Kind.CITY, Place.Kind.ADMIN};
    private static final Place.Kind[] KINDS = Place.Kind.values();

    private final Map<String, Place> byName = new HashMap<>(80_000);
    private final Map<String, Place> byLowerName = new HashMap<>(80_000);
    /** Provinces and states by country and name ("US Florida"): a name's first place may be a town elsewhere. */
    private final Map<String, Place> admins = new HashMap<>(8_000);
    /** First words of names of two or more words, so most tokens need a single lookup. */
    private final Set<String> firstWords = new HashSet<>(16_000);
    /** Every entry of the data files, including those whose names all belong to an earlier one. */
    private final List<Place> places = new ArrayList<>(30_000);

    private Gazetteer() {
    }

    public static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        // a place listed twice (a curated row over a generated one) is one place: every name goes to the first
        Map<String, Place> byId = new HashMap<>(40_000);
        TsvRows regions = TsvRows.read(BASE + "regions.tsv");
        for (int r = 0; r < regions.size(); r++) {
            TsvRows row = regions.at(r);
            gazetteer.add(row, kind(row), byId);
        }
        // the rows of each kind in file order, each row's kind read once (it was read again in every pass)
        TsvRows rows = TsvRows.read(BASE + "places.tsv");
        Place.Kind[] kinds = new Place.Kind[rows.size()];
        for (int r = 0; r < kinds.length; r++) {
            kinds[r] = kind(rows.at(r));
        }
        for (Place.Kind kind : LOAD_ORDER) {
            for (int r = 0; r < kinds.length; r++) {
                if (kinds[r] == kind) {
                    gazetteer.add(rows.at(r), kind, byId);
                }
            }
        }
        return gazetteer;
    }

    /** The place with exactly this name ("Paris", "U.S."), or null. */
    public Place find(String name) {
        return byName.get(name);
    }

    /**
     * The province or state of this name in the country ({@code "US"}, "Florida"), or null: {@link #find} gives a
     * name's first place, which is a city where one has the name too (Florida, Cuba).
     */
    public Place findAdmin(String countryCode, String name) {
        return admins.get(countryCode + " " + name);
    }

    /** True when some place name of several words starts with {@code word} ("New" for "New York"). */
    public boolean startsLongerName(String word) {
        return firstWords.contains(word);
    }

    /** Every exact place name, for callers that fold it into a table of their own; read-only. */
    public Set<String> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    /** Every first word of a place name of several words; read-only. */
    public Set<String> longerNameFirstWords() {
        return Collections.unmodifiableSet(firstWords);
    }

    /** Every place loaded, in load order; read-only. */
    List<Place> places() {
        return Collections.unmodifiableList(places);
    }

    /** The place with this name in any case ("PARIS" in an all-caps headline), or null. */
    public Place findIgnoreCase(String name) {
        return byLowerName.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Coordinates as the data files give them, refused unless they are a point on Earth: a NaN or out-of-range value
     * would be published on every article naming the place and make the record invalid for its consumers.
     */
    static Geo geo(String lat, String lon, String country, String place) {
        return geo(Decimals.parse(lat, 0, lat.length()), Decimals.parse(lon, 0, lon.length()), country, place,
                lat, lon);
    }

    /** {@link #geo(String, String, String, String)} of the row's coordinates, read where they stand. */
    private static Geo geo(TsvRows row, String country, String place) {
        double latitude = row.decimal(2);
        double longitude = row.decimal(3);
        return isOnEarth(latitude, longitude) ? new Geo(latitude, longitude, country)
                : geo(row.column(2), row.column(3), country, place); // which says why
    }

    private static Geo geo(double latitude, double longitude, String country, String place, String lat, String lon) {
        if (!isOnEarth(latitude, longitude)) {
            throw new IllegalStateException("gazetteer place '" + place + "' has coordinates '" + lat + "', '" + lon
                    + "': expected a latitude in [-90, 90] and a longitude in [-180, 180]");
        }
        return new Geo(latitude, longitude, country);
    }

    private static boolean isOnEarth(double latitude, double longitude) {
        return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180; // false for NaN too
    }

    /** The kind the row's first column names, in any case. */
    private static Place.Kind kind(TsvRows row) {
        for (Place.Kind kind : KINDS) {
            if (row.is(0, kind.name())) {
                return kind;
            }
        }
        return Place.Kind.valueOf(row.column(0).toUpperCase(Locale.ROOT)); // as it was read: throws for a stranger
    }

    private void add(TsvRows row, Place.Kind kind, Map<String, Place> byId) {
        String[] names = row.names(5);
        String country = row.isEmpty(1) ? null : row.column(1);
        Geo geo = row.isEmpty(2) && row.isEmpty(3) ? null : geo(row, country, names[0]);
        String id = PlaceIds.id(kind, country, names[0], row.columns() > 6 ? row.column(6) : "");
        Place place = byId.get(id);
        if (place == null) {
            place = new Place(names[0], kind, country, geo, Long.parseLong(row.column(4)), id);
            byId.put(id, place);
            places.add(place);
        }
        for (String name : names) {
            byName.putIfAbsent(name, place);
            if (kind == Place.Kind.ADMIN && country != null) {
                admins.putIfAbsent(country + " " + name, place);
            }
            int space = name.indexOf(' ');
            if (space > 0) {
                firstWords.add(name.substring(0, space));
            }
            byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), place);
        }
    }
}
