package dev.newsflow.formats.html.metadata;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The title and the site's name a page's JSON-LD gives as reader views take them, to the letter of Mozilla
 * Readability's rules, which are stricter than {@link PageJsonLd}'s: the first block that is valid JSON as browsers
 * parse it (no trailing comma, no comment), whose article ({@code @type} one string naming an article or a posting)
 * is the block itself, an item of it or of its {@code @graph}, with {@code @context} schema.org's address; a block
 * where a type before the article is a list ({@code ["Person", "Organization"]}) or the article's own is gives
 * nothing. The site's name only as the article's {@code publisher} writes it in place. Where this gives nothing,
 * reader views go to the meta tags ({@code og:title}, {@code og:site_name}), and so does the reader: the title is
 * judged by whether it is the one reader views show. The richer reading fills in after them.
 */
record ReaderViewJsonLd(String title, String siteName) {

    private static final JsonMapper STRICT = JsonMapper.builder().build();
    private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|]]>\\s*$");
    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");
    // anchored only at its two ends, as written there: "Article…" or "…APIReference", or any name between anywhere
    private static final Pattern ARTICLE_TYPES = Pattern.compile("^Article|AdvertiserContentArticle|NewsArticle"
            + "|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle"
            + "|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting"
            + "|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$");

    static final ReaderViewJsonLd NONE = new ReaderViewJsonLd(null, null);

    /** A type that is there but no string: where the rule calls a string's method on it, the block is dropped. */
    private static final class NotAString extends Exception {
        NotAString() {
            super(null, null, false, false);
        }
    }

    /**
     * @param blocks    each {@code <script type="application/ld+json">}'s text, in page order
     * @param pageTitle the page's {@code <title>} as reader views cut it, asked when {@code name} and
     *                  {@code headline} differ
     */
    static ReaderViewJsonLd of(List<String> blocks, Supplier<String> pageTitle) {
        for (String block : blocks) {
            try {
                JsonNode article = article(STRICT.readTree(CDATA.matcher(block).replaceAll("")));
                if (article != null) {
                    return new ReaderViewJsonLd(titleOf(article, pageTitle), siteNameOf(article));
                }
            } catch (JacksonException | NotAString skipped) {
                // the block gives nothing; the next one may
            }
        }
        return NONE;
    }

    private static JsonNode article(JsonNode parsed) throws NotAString {
        JsonNode candidate = parsed;
        if (candidate.isArray()) {
            candidate = firstArticle(candidate);
            if (candidate == null) {
                return null;
            }
        }
        if (!isSchemaOrg(candidate.get("@context"))) {
            return null;
        }
        if (!truthy(candidate.get("@type")) && candidate.get("@graph") instanceof JsonNode graph && graph.isArray()) {
            candidate = firstArticle(graph);
        }
        return candidate != null && truthy(candidate.get("@type")) && isArticleType(candidate.get("@type"))
                ? candidate : null;
    }

    private static JsonNode firstArticle(JsonNode items) throws NotAString {
        for (JsonNode item : items) {
            if (item.isNull()) {
                throw new NotAString(); // null has no "@type" to ask for
            }
            JsonNode type = item.isObject() ? item.get("@type") : null;
            if (truthy(type) && isArticleType(type)) {
                return item;
            }
        }
        return null;
    }

    private static boolean isSchemaOrg(JsonNode context) {
        if (context == null) {
            return false;
        }
        if (context.isString()) {
            return SCHEMA_ORG.matcher(context.asString()).find();
        }
        return context.isObject() && context.get("@vocab") instanceof JsonNode vocab && vocab.isString()
                && SCHEMA_ORG.matcher(vocab.asString()).find();
    }

    private static boolean isArticleType(JsonNode type) throws NotAString {
        if (!type.isString()) {
            throw new NotAString();
        }
        return ARTICLE_TYPES.matcher(type.asString()).find();
    }

    /** JavaScript's truthiness of a JSON value: not missing, null, false, 0 or "". */
    private static boolean truthy(JsonNode value) {
        return value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())
                && !(value.isNumber() && value.asDouble() == 0) && !(value.isString() && value.asString().isEmpty());
    }

    /** {@code name} and {@code headline}: when both are there and differ, the one the page's title repeats. */
    private static String titleOf(JsonNode article, Supplier<String> pageTitle) {
        String name = string(article.get("name"));
        String headline = string(article.get("headline"));
        if (name != null && headline != null && !name.equals(headline)) {
            String title = pageTitle.get();
            boolean nameMatches = WordOverlap.isMostlyAsReaderViewsSplit(name, title);
            boolean headlineMatches = WordOverlap.isMostlyAsReaderViewsSplit(headline, title);
            return headlineMatches && !nameMatches ? headline : name;
        }
        return name != null ? name.strip() : headline == null ? null : headline.strip();
    }

    private static String siteNameOf(JsonNode article) {
        JsonNode publisher = article.get("publisher");
        String name = publisher == null ? null : string(publisher.get("name"));
        return name == null ? null : name.strip();
    }

    private static String string(JsonNode value) {
        return value != null && value.isString() ? value.asString() : null;
    }
}
