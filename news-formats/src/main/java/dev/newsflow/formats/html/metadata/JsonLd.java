package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.html.metadata.JsonLdBlocks.Kind;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The schema.org article a page describes in {@code <script type="application/ld+json">}: an object whose
 * {@code @type} is an article or a posting ({@code NewsArticle}, {@code BlogPosting}, {@code ReportageNewsArticle},
 * {@code Report}, {@code APIReference}, ...), found at the top, in an array, in {@code @graph} or nested (a
 * {@code WebPage}'s {@code mainEntity}), the
 * one at the page's address or with its title among every block's shallowest ({@link OwnArticle}), else the first
 * of the shallowest below its block's top level (an array's or a {@code @graph}'s items are at the top).
 * Blocks that are not valid JSON are skipped: a broken tag must not cost the page. A graph often names the author
 * and the publisher by reference only ({@code "author": {"@id": "#person-1"}}, as WordPress' SEO plugins write
 * it): such a reference is looked up among the page's other objects. The {@code WebPage} object is asked for the date when the
 * article object has none.
 */
record JsonLd(Map<?, ?> article, Map<?, ?> website, Map<?, ?> webPage, Map<Object, Map<?, ?>> byId) {

    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)$");
    private static final JsonLd NONE = new JsonLd(Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * @param blocks the text of each {@code <script type="application/ld+json">} ({@link MetaTags#jsonLd})
     * @param page the page's own address and headline as its other tags give them, which pick its article out of
     *             several ({@link OwnArticle})
     */
    static JsonLd of(List<String> blocks, OwnArticle page) {
        Map<Kind, Map<?, ?>> found = new EnumMap<>(Kind.class);
        Map<Object, Map<?, ?>> byId = new HashMap<>();
        // every block's shallowest articles, each with its depth below the block's top level: a block of teasers
        // (an ItemList's) may come before the one that describes the page
        List<Map<?, ?>> candidates = new ArrayList<>();
        List<Map<?, ?>> articles = new ArrayList<>();
        int articleDepth = JsonLdBlocks.MAX_DEPTH + 1;
        for (String block : blocks) {
            Object json = JsonLdBlocks.parse(block);
            for (Kind kind : List.of(Kind.WEBSITE, Kind.WEBPAGE)) {
                if (!found.containsKey(kind)) {
                    List<Map<?, ?>> objects = JsonLdBlocks.find(json, kind, new int[1]);
                    if (!objects.isEmpty()) {
                        found.put(kind, objects.getFirst());
                    }
                }
            }
            int[] depth = new int[1];
            List<Map<?, ?>> shallowest = JsonLdBlocks.find(json, Kind.ARTICLE, depth);
            candidates.addAll(shallowest);
            int below = Math.max(0, depth[0] - JsonLdBlocks.topLevel(json));
            if (!shallowest.isEmpty() && below <= articleDepth) {
                if (below < articleDepth) {
                    articles.clear();
                }
                articles.addAll(shallowest);
                articleDepth = below;
            }
            JsonLdBlocks.index(json, 0, byId);
        }
        if (!candidates.isEmpty()) {
            // the page's own article wherever it sits; depth only decides among articles that are not
            found.put(Kind.ARTICLE, page.own(candidates).orElse(articles.getFirst()));
        }
        return found.isEmpty() ? NONE : new JsonLd(found.getOrDefault(Kind.ARTICLE, Map.of()),
                found.getOrDefault(Kind.WEBSITE, Map.of()), found.getOrDefault(Kind.WEBPAGE, Map.of()), byId);
    }

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
        // the unescaper sets up a whole parser: not for the many values with nothing to unescape
        return Optional.of(s.indexOf('&') < 0 ? s.strip() : Parser.unescapeEntities(s.strip(), false));
    }
}
