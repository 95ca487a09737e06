package dev.newsflow.formats.html.metadata;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What the schema.org objects a page's JSON-LD describes it with say: the article's headline, authors, publisher,
 * dates and language, the site's name. The objects are found by {@link PageJsonLd}. A graph often names the author
 * and the publisher by reference only ({@code "author": {"@id": "#person-1"}}, as WordPress' SEO plugins write
 * it): such a reference is looked up among the page's other objects. The {@code WebPage} object is asked for the date
 * when the article object has none.
 */
record JsonLd(Map<?, ?> article, Map<?, ?> website, Map<?, ?> webPage, Map<Object, Map<?, ?>> byId) {

    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)$");

    /**
     * The article's title where its {@code headline} and {@code name} differ as Readability chooses it: the
     * {@code headline} when it, and not the {@code name}, is the page's {@code <title>} in words ({@link WordOverlap}),
     * else the {@code name}; some sites put their own name in {@code name}, others a longer or a search-engine title.
     * A headline cut short with an ellipsis (search engines ask for 110 characters at most, so CMSs truncate it)
     * gives way to the {@code name} it is the start of. One of the two alone is the title.
     *
     * @param pageTitle the headline the page's {@code <title>} gives, asked only when the two differ
     */
    String headline(Supplier<String> pageTitle) {
        Optional<String> headline = text(article.get("headline"));
        Optional<String> name = text(article.get("name"));
        if (headline.isEmpty() || name.isEmpty() || headline.get().strip().equals(name.get().strip())) {
            return headline.or(() -> name).orElse(null);
        }
        if (ELLIPSIS.matcher(headline.get()).find()) {
            String start = ELLIPSIS.matcher(headline.get()).replaceFirst("");
            if (name.get().length() > start.length() && name.get().startsWith(start)) {
                return name.get();
            }
        }
        String title = pageTitle.get();
        boolean headlineIsTitle = title != null && WordOverlap.isMostly(headline.get(), title);
        boolean nameIsTitle = title != null && WordOverlap.isMostly(name.get(), title);
        return headlineIsTitle && !nameIsTitle ? headline.get() : name.get();
    }

    /** One author's name, or several joined by commas; URLs (author pages) are not names. */
    String author() {
        Object author = article.get("author") != null ? article.get("author") : article.get("creator");
        List<?> authors = author instanceof List<?> list ? list : author == null ? List.of() : List.of(author);
        List<Object> names = new ArrayList<>(authors.size());
        for (Object one : authors) {
            names.add(one instanceof Map<?, ?> map ? personName(resolved(map)) : one);
        }
        return names(names);
    }

    /** A Person's {@code name}, else its {@code givenName} and {@code familyName}. */
    private static Object personName(Map<?, ?> person) {
        if (text(person.get("name")).isPresent()) {
            return person.get("name");
        }
        String given = text(person.get("givenName")).orElse("");
        String family = text(person.get("familyName")).orElse("");
        String name = (given + " " + family).strip();
        return name.isEmpty() ? null : name;
    }

    /** A name or a list of names (strings), joined by commas; null when there is none. */
    static String names(Object value) {
        List<?> all = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        Set<String> distinct = new LinkedHashSet<>();
        for (Object one : all) {
            text(one).filter(name -> !DeclaredAuthors.isUrl(name)).ifPresent(distinct::add);
        }
        String names = String.join(", ", distinct);
        return names.isEmpty() ? null : names;
    }

    /** A JSON object written in an attribute, or an empty map when the text is none. */
    static Map<?, ?> object(String json) {
        return json != null && JsonLdBlocks.parse(json) instanceof Map<?, ?> map ? map : Map.of();
    }

    /**
     * The article's publisher's name (else its {@code sourceOrganization}'s): an object (or a reference to one), a
     * list of them (the first), or a plain name.
     */
    String publisher() {
        String publisher = organizationName(article.get("publisher"));
        return publisher != null ? publisher : organizationName(article.get("sourceOrganization"));
    }

    /** The publisher the {@code WebPage} or the {@code WebSite} names, for a page whose article object names none. */
    String pagePublisher() {
        String publisher = organizationName(webPage.get("publisher"));
        return publisher != null ? publisher : organizationName(website.get("publisher"));
    }

    private String organizationName(Object value) {
        Object organization = value instanceof List<?> list && !list.isEmpty() ? list.getFirst() : value;
        return organization instanceof Map<?, ?> map ? text(resolved(map).get("name")).orElse(null)
                : text(organization).orElse(null);
    }

    String websiteName() {
        return text(website.get("name")).orElse(null);
    }

    String published() {
        return text(article.get("datePublished")).or(() -> text(article.get("dateCreated")))
                .or(() -> text(webPage.get("datePublished"))).orElse(null);
    }

    /** Every date the article and its {@code WebPage} state, publication and modification alike, or none. */
    List<String> dates() {
        List<String> dates = new ArrayList<>();
        for (Map<?, ?> object : List.of(article, webPage)) {
            for (String key : List.of("datePublished", "dateCreated", "dateModified")) {
                text(object.get(key)).ifPresent(dates::add);
            }
        }
        return dates;
    }

    /** {@code inLanguage} as a tag, or as a {@code Language} object (its {@code alternateName} is the code). */
    String language() {
        Object language = article.get("inLanguage");
        return language instanceof Map<?, ?> map ? text(map.get("alternateName")).or(() -> text(map.get("name")))
                .orElse(null) : text(language).orElse(null);
    }

    /** A reference ({@code {"@id": "..."}} and nothing else to read) stands for the object of that id. */
    private Map<?, ?> resolved(Map<?, ?> reference) {
        Object id = reference.get("@id");
        return id != null && text(reference.get("name")).isEmpty() ? byId.getOrDefault(id, reference) : reference;
    }

    private static Optional<String> text(Object value) {
        Object scalar = value instanceof List<?> list && !list.isEmpty() ? list.getFirst() : value;
        if (!(scalar instanceof String s) || s.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(unescaped(s.strip()));
    }

    /** A value with its HTML entities read, as CMSs write apostrophes and ampersands in JSON-LD; null stays null. */
    static String unescaped(String value) {
        // the unescaper sets up a whole parser: not for the many values with nothing to unescape
        return value == null || value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, false);
    }
}
