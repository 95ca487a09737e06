package dev.newsflow.nlp.geo;

import dev.newsflow.events.Geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
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

    private final Map<String, Place> byName = new HashMap<>(80_000);
    private final Map<String, Place> byLowerName = new HashMap<>(80_000);
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
        gazetteer.read("regions.tsv").forEach(columns -> gazetteer.add(columns, kind(columns), byId));
        // the rows of each kind in file order, each row's kind read once (it was read again in every pass)
        Map<Place.Kind, List<String[]>> byKind = new EnumMap<>(Place.Kind.class);
        for (String[] columns : gazetteer.read("places.tsv")) {
            byKind.computeIfAbsent(kind(columns), k -> new ArrayList<>(16_000)).add(columns);
        }
        for (Place.Kind kind : LOAD_ORDER) {
            for (String[] columns : byKind.getOrDefault(kind, List.of())) {
                gazetteer.add(columns, kind, byId);
            }
        }
        return gazetteer;
    }

    /** The place with exactly this name ("Paris", "U.S."), or null. */
    public Place find(String name) {
        return byName.get(name);
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

    private List<String[]> read(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer resource " + BASE + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<String[]> rows = new ArrayList<>(30_000);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Coordinates as the data files give them, refused unless they are a point on Earth: a NaN or out-of-range value
     * would be published on every article naming the place and make the record invalid for its consumers.
     */
    static Geo geo(String lat, String lon, String country, String place) {
        double latitude = parse(lat);
        double longitude = parse(lon);
        if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) { // false for NaN too
            throw new IllegalStateException("gazetteer place '" + place + "' has coordinates '" + lat + "', '" + lon
                    + "': expected a latitude in [-90, 90] and a longitude in [-180, 180]");
        }
        return new Geo(latitude, longitude, country);
    }

    private static double parse(String degrees) {
        try {
            return Double.parseDouble(degrees);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Place.Kind kind(String[] columns) {
        return Place.Kind.valueOf(columns[0].toUpperCase(Locale.ROOT));
    }

    private void add(String[] columns, Place.Kind kind, Map<String, Place> byId) {
        String[] names = columns[5].split("\\|");
        String country = columns[1].isEmpty() ? null : columns[1];
        Geo geo = columns[2].isEmpty() && columns[3].isEmpty() ? null : geo(columns[2], columns[3], country, names[0]);
        String id = PlaceIds.id(kind, country, names[0], columns.length > 6 ? columns[6] : "");
        Place place = byId.get(id);
        if (place == null) {
            place = new Place(names[0], kind, country, geo, Long.parseLong(columns[4]), id);
            byId.put(id, place);
            places.add(place);
        }
        for (String name : names) {
            byName.putIfAbsent(name, place);
            int space = name.indexOf(' ');
            if (space > 0) {
                firstWords.add(name.substring(0, space));
            }
            byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), place);
        }
    }
}
