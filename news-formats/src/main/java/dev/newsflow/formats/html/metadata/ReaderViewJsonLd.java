package dev.newsflow.formats.html.metadata;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The title, the site's name and the publication date a page's JSON-LD gives as reader views take them, to the
 * letter of Mozilla Readability's rules, which are stricter than {@link PageJsonLd}'s: the first block that is valid
 * JSON as browsers parse it (no trailing comma, no comment), whose article is the block itself, an item of it or of
 * its {@code @graph}, with {@code @context} schema.org's address. An article's {@code @type} is a string naming an
 * article or a posting, or a list holding one ({@code ["NewsArticle", "Article"]}, which JSON-LD allows; read as
 * Readability's pull request 1013 and its test page {@code jsonld-array-type} read it, where 0.6.0 drops the block); a
 * block where a type before the article is neither a string nor a list gives nothing. The site's name only as the
 * article's {@code publisher} writes it in place. Where this gives nothing, reader views go to the meta tags
 * ({@code og:title}, {@code og:site_name}, {@code article:published_time}), and so does the reader: these fields are
 * judged by whether they are the ones reader views show. The richer reading fills in after them. The title and the
 * site's name are unescaped as reader views unescape them: CMSs write a JSON-LD headline's apostrophes and ampersands
 * as {@code &#8217;} and {@code &amp;}, which JSON leaves as they are.
 */
record ReaderViewJsonLd(String title, String siteName, String datePublished) {

    private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");
    // anchored only at its two ends, as written there: "Article…" or "…APIReference", or any name between anywhere
    private static final Pattern ARTICLE_TYPES = Pattern.compile("^Article|AdvertiserContentArticle|NewsArticle"
            + "|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle"
            + "|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting"
            + "|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$");

    static final ReaderViewJsonLd NONE = new ReaderViewJsonLd(null, null, null);

    /** A type that is neither a string nor a list: the rule calls a string's method on it and drops the block. */
    private static final class NotAString extends Exception {
        NotAString() {
            super(null, null, false, false);
        }
    }

    /**
     * @param blocks    each {@code <script type="application/ld+json">} parsed, in page order
     * @param pageTitle the page's {@code <title>} as reader views cut it, which decides when {@code name} and
     *                  {@code headline} differ
     */
    static ReaderViewJsonLd of(List<JsonLdBlocks.Block> blocks, String pageTitle) {
        for (JsonLdBlocks.Block block : blocks) {
            if (!block.readerViewsRead()) {
                continue;
            }
            try {
                Map<?, ?> article = article(block.json());
                if (article != null) {
                    return new ReaderViewJsonLd(JsonLd.unescaped(titleOf(article, pageTitle)),
                            JsonLd.unescaped(siteNameOf(article)),
                            article.get("datePublished") instanceof String date ? date.strip() : null);
                }
            } catch (NotAString skipped) {
                // the block gives nothing; the next one may
            }
        }
        return NONE;
    }

    private static Map<?, ?> article(Object parsed) throws NotAString {
        Object candidate = parsed;
        if (candidate instanceof List<?> items) {
            candidate = firstArticle(items);
        }
        if (!(candidate instanceof Map<?, ?> object) || !isSchemaOrg(object.get("@context"))) {
            return null;
        }
        Map<?, ?> found = object;
        if (!truthy(found.get("@type")) && found.get("@graph") instanceof List<?> graph) {
            found = firstArticle(graph);
        }
        return found != null && truthy(found.get("@type")) && isArticleType(found.get("@type")) ? found : null;
    }

    private static Map<?, ?> firstArticle(List<?> items) throws NotAString {
        for (Object item : items) {
            if (item == null) {
                throw new NotAString(); // null has no "@type" to ask for
            }
            if (item instanceof Map<?, ?> object && truthy(object.get("@type")) && isArticleType(object.get("@type"))) {
                return object;
            }
        }
        return null;
    }

    private static boolean isSchemaOrg(Object context) {
        if (context instanceof String address) {
            return SCHEMA_ORG.matcher(address).find();
        }
        return context instanceof Map<?, ?> object && object.get("@vocab") instanceof String vocab
                && SCHEMA_ORG.matcher(vocab).find();
    }

    private static boolean isArticleType(Object type) throws NotAString {
        if (type instanceof List<?> names) {
            return names.stream().anyMatch(name -> name instanceof String s && ARTICLE_TYPES.matcher(s).find());
        }
        if (!(type instanceof String name)) {
            throw new NotAString();
        }
        return ARTICLE_TYPES.matcher(name).find();
    }

    /** JavaScript's truthiness of a JSON value: not missing, null, false, 0 or "". */
    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !(value instanceof Number n && n.doubleValue() == 0)
                && !"".equals(value);
    }

    /** {@code name} and {@code headline}: when both are there and differ, the one the page's title repeats. */
    private static String titleOf(Map<?, ?> article, String title) {
        String name = article.get("name") instanceof String s ? s : null;
        String headline = article.get("headline") instanceof String s ? s : null;
        if (name != null && headline != null && !name.equals(headline)) {
            boolean nameMatches = WordOverlap.isMostlyAsReaderViewsSplit(name, title);
            boolean headlineMatches = WordOverlap.isMostlyAsReaderViewsSplit(headline, title);
            return headlineMatches && !nameMatches ? headline : name;
        }
        return name != null ? name.strip() : headline == null ? null : headline.strip();
    }

    private static String siteNameOf(Map<?, ?> article) {
        return article.get("publisher") instanceof Map<?, ?> publisher && publisher.get("name") instanceof String name
                ? name.strip() : null;
    }
}
