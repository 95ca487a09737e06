package dev.newsflow.formats.html.metadata;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's {@code <meta>} values by key, as {@link MetaTags} meets the tags.
 * Open Graph uses {@code property}, most others {@code name}, some {@code itemprop} or {@code http-equiv}; in the wild
 * they are mixed up, so all four are one key space, matched case-insensitively, first tag wins, except that a
 * {@code property} tag in {@code <head>} wins over the {@code name} tags of the same key, before or after them: a page
 * that has both wrote the {@code property} one for sharing cards, which show it, and left the {@code name} one to an
 * older template or plugin (a title with the site's name, a section's author). The title and site-name keys reader
 * views read go by the last tag in {@code <head>} instead, as reader views take them. Dublin Core is written
 * {@code DC.creator}, {@code dc:creator}, {@code dcterms:created} and {@code dcterm:creator} alike: those keys are all
 * read in the dotted form ({@code dc.creator}, {@code dcterms.created}). A value a CMS escaped twice
 * ({@code Don&amp;#8217;t}, which the parser leaves as {@code Don&#8217;t}) is unescaped once more, as browsers'
 * reader views do. A key the head repeats with other values keeps them too ({@link #all(String)}): papers
 * and wire stories write one author tag per person.
 */
final class MetaValues {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop", "http-equiv");

    // the title and site-name keys reader views read, where the last tag in <head> wins, as there: a page whose SEO
    // plugin and theme both write og:title shows the later one in reader views
    private static final Set<String> LAST_WINS = Set.of("og:title", "twitter:title", "title", "dc.title",
            "parsely-title", "weibo:article:title", "weibo:webpage:title", "og:site_name");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> lastInHead = new HashMap<>(4);
    // the keys a property= tag gave the value of (the first tag, or one in <head>): the name= tags of such a key add
    // no further values to it, whichever order the tags come in
    private final Set<String> fromProperty = new HashSet<>();
    // the second and later values of a key repeated in <head>: rare, so no list per key
    private final Map<String, List<String>> repeated = new HashMap<>();
    // every tag that gives datePublished a value: one in the body may be a teaser's microdata (PublicationDate)
    private final List<Element> datePublishedTags = new ArrayList<>(1);

    void add(Element meta) {
        String content = content(meta);
        if (content.isEmpty()) {
            return;
        }
        for (String attribute : KEY_ATTRIBUTES) {
            // property="og:title article:title" happens: each name is a key
            String keys = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
            boolean property = attribute.equals("property");
            if (keys.indexOf(' ') < 0) {
                if (!keys.isEmpty()) {
                    put(dublinCoreDotted(keys), content, meta, property);
                }
                continue;
            }
            for (String key : WHITESPACE.split(keys)) {
                put(dublinCoreDotted(key), content, meta, property);
            }
        }
    }

    /**
     * First tag wins, a property tag in {@code <head>} over the name tags of its key, whichever comes first; a later
     * one in {@code <head>} is kept as a further value (a name tag's only while no property tag has the key). One
     * in the body is not, and replaces nothing: an {@code itemprop} or {@code property} tag there may describe a
     * teaser card's article, not the page's.
     */
    private void put(String key, String content, Element meta, boolean property) {
        if (key.equals("datepublished") && (datePublishedTags.isEmpty() || datePublishedTags.getLast() != meta)) {
            datePublishedTags.add(meta);
        }
        if (LAST_WINS.contains(key) && meta.parent() != null && meta.parent().nameIs("head")) {
            lastInHead.put(key, content);
        }
        String first = values.putIfAbsent(key, content);
        if (first == null) {
            if (property) {
                fromProperty.add(key);
            }
            return;
        }
        if (meta.parent() == null || !meta.parent().nameIs("head")) {
            return;
        }
        if (first.equals(content)) {
            if (property) {
                fromProperty.add(key); // the property tag says what the name tag said: it is the value still
            }
            return;
        }
        // the first property tag of the key replaces the name tags' values, unless it is only an address where they
        // have words: article:author's property tag is often the author's profile page, its name tag the name
        if (property && !fromProperty.contains(key)
                && (!DeclaredAuthors.isUrl(content) || DeclaredAuthors.isUrl(first))) {
            values.put(key, content);
            fromProperty.add(key);
            repeated.remove(key);
            return;
        }
        if (property || !fromProperty.contains(key)) {
            List<String> more = repeated.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (!more.contains(content)) {
                more.add(content);
            }
        }
    }

    /** The tag's value as a key's value: stripped, a twice-escaped one unescaped once more; "" when it has none. */
    static String content(Element meta) {
        String content = meta.attr("content").strip();
        return content.indexOf('&') >= 0 ? Parser.unescapeEntities(content, true) : content;
    }

    /** The tags that give {@code datePublished} a value, in page order. */
    List<Element> datePublishedTags() {
        return datePublishedTags;
    }

    /** {@code dc:date} -> {@code dc.date}, {@code dcterm:creator} -> {@code dcterms.creator}; other keys as they are. */
    private static String dublinCoreDotted(String key) {
        if (!key.startsWith("dc") || key.indexOf(':') < 0 && !key.startsWith("dcterm.")) {
            return key;
        }
        String dotted = key.replace(':', '.');
        return dotted.startsWith("dcterm.") ? "dcterms." + dotted.substring("dcterm.".length()) : dotted;
    }

    /** Every distinct value of {@code key} in page order (later ones only from {@code <head>}); empty when none. */
    List<String> all(String key) {
        String first = values.get(key);
        if (first == null) {
            return List.of();
        }
        List<String> more = repeated.get(key);
        if (more == null) {
            return List.of(first);
        }
        List<String> all = new ArrayList<>(more.size() + 1);
        all.add(first);
        all.addAll(more);
        return all;
    }

    /** The first of {@code keys} the page has a value for, or null. */
    String first(String... keys) {
        for (String key : keys) {
            String value = lastInHead.isEmpty() ? values.get(key) : lastInHead.getOrDefault(key, values.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
