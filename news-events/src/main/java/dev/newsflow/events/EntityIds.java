package dev.newsflow.events;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable entity ids of the contract ({@code entities[].id}): one id per real-world entity, the same in every
 * article, so consumers can group by it. Written here, once, because producers (enrich) and consumers (store, and
 * records from before ids existed) must derive exactly the same string.
 *
 * <ul>
 *   <li>{@code geo:country:US} — a country, by ISO 3166-1 alpha-2 code</li>
 *   <li>{@code geo:geonames:2988507} — a place the gazetteer knows by its GeoNames id</li>
 *   <li>{@code org:kb:european-union}, {@code person:kb:tony-blair} — an entry of the engine's knowledge lists,
 *       keyed by its canonical name</li>
 *   <li>{@code org:name:portmell-harbour-trust} — anything else: type and normalised canonical name</li>
 * </ul>
 */
public final class EntityIds {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final List<String> PREFIXES = List.of("geo:", "org:", "person:");
    private static final List<String> SCHEMES = List.of("country:", "geonames:", "kb:", "name:");

    private EntityIds() {
    }

    public static String country(String isoAlpha2) {
        if (isoAlpha2 == null || !isoAlpha2.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + isoAlpha2);
        }
        return "geo:country:" + isoAlpha2.toUpperCase(Locale.ROOT);
    }

    public static String geonames(long geonamesId) {
        if (geonamesId <= 0) {
            throw new IllegalArgumentException("not a GeoNames id: " + geonamesId);
        }
        return "geo:geonames:" + geonamesId;
    }

    /** An entity of the engine's knowledge lists, under its canonical name. */
    public static String known(EntityType type, String canonicalName) {
        return prefix(type) + ":kb:" + slug(canonicalName);
    }

    /** The id of an entity nothing else identifies: its type and normalised name, so exact names group together. */
    public static String derived(EntityType type, String name) {
        return prefix(type) + ":name:" + slug(name);
    }

    /**
     * Whether {@code id} is of the scheme {@code (geo|org|person):(country|geonames|kb|name):[A-Za-z0-9-]+}, checked
     * without a regular expression: enrich asks for every entity it publishes, and the regex matcher was the most
     * of that work.
     */
    public static boolean isValid(String id) {
        if (id == null) {
            return false;
        }
        int key = after(id, 0, PREFIXES);
        key = key < 0 ? -1 : after(id, key, SCHEMES);
        return key > 0 && key < id.length() && isKey(id, key);
    }

    /** The index after the one of {@code parts} that {@code id} has at {@code from}, or -1 when it has none. */
    private static int after(String id, int from, List<String> parts) {
        for (String part : parts) {
            if (id.startsWith(part, from)) {
                return from + part.length();
            }
        }
        return -1;
    }

    private static boolean isKey(String id, int from) {
        for (int i = from; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code id} when it is a valid id of an entity of {@code type}, else the id {@link #derived} gives the type and
     * name: the rule every producer and consumer applies to an id that is missing (records from before ids), out of
     * the scheme, or of another type ({@code org:} on a person). The type is part of the check because the schema
     * asks for it ({@code entities[].id} starts with the prefix of {@code entities[].type}): an id of another type
     * would group a person with an organisation.
     */
    public static String validOrDerived(String id, EntityType type, String name) {
        String prefix = prefix(type);
        return isValid(id) && id.startsWith(prefix) && id.startsWith(":", prefix.length()) ? id : derived(type, name);
    }

    /**
     * Lower-case ASCII letters and digits joined by single hyphens: compatibility forms folded, accents dropped,
     * every other character a separator ("Société Générale" and "SOCIETE  GENERALE" give {@code societe-generale}).
     * A name with no letter or digit at all keeps a stable, non-empty key from its code points.
     */
    public static String slug(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
        String ascii = asciiSlug(name);
        return ascii != null ? ascii : unicodeSlug(name);
    }

    /**
     * The slug of an all-ASCII name with a letter or digit, in one pass (most names; the engine makes one per
     * entity): for ASCII, NFKD and mark removal change nothing and lower-casing is A-Z only, so this is exactly
     * {@link #unicodeSlug}. Null for any other name.
     */
    private static String asciiSlug(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) {
                return null;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (gap && !out.isEmpty()) {
                    out.append('-');
                }
                gap = false;
                out.append(lower);
            } else {
                gap = true;
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The slug by its definition, for any name. */
    static String unicodeSlug(String name) {
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.isEmpty()) {
            StringBuilder codes = new StringBuilder("u");
            name.strip().codePoints().forEach(cp -> codes.append('-').append(Integer.toHexString(cp)));
            return codes.toString();
        }
        return slug;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    private static String prefix(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case LOCATION -> "geo";
        };
    }
}
