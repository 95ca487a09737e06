package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.html.metadata.JsonLdBlocks.Kind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org objects a page describes itself with in {@code <script type="application/ld+json">}: the article,
 * an object whose {@code @type} is an article or a posting ({@code NewsArticle}, {@code BlogPosting},
 * {@code ReportageNewsArticle}, {@code Report}, {@code APIReference}, ...), found at the top, in an array, in
 * {@code @graph} or nested (a {@code WebPage}'s {@code mainEntity}), the one at the page's address or with its title
 * among every block's shallowest ({@link OwnArticle}), else the first of the shallowest below its block's top level
 * (an array's or a {@code @graph}'s items are at the top); the first {@code WebSite} and {@code WebPage}; and every
 * object with an {@code @id}, for references. Blocks that are not valid JSON are skipped: a broken tag must not cost
 * the page.
 */
final class PageJsonLd {

    private static final JsonLd NONE = new JsonLd(Map.of(), Map.of(), Map.of(), Map.of());

    private PageJsonLd() {
    }

    /**
     * @param blocks each {@code <script type="application/ld+json">} ({@link MetaTags#jsonLd}) parsed
     * @param page the page's own address and headline as its other tags give them, which pick its article out of
     *             several ({@link OwnArticle})
     */
    static JsonLd of(List<JsonLdBlocks.Block> blocks, OwnArticle page) {
        Map<Kind, Map<?, ?>> found = new EnumMap<>(Kind.class);
        Map<Object, Map<?, ?>> byId = new HashMap<>();
        // every block's shallowest articles, each with its depth below the block's top level: a block of teasers
        // (an ItemList's) may come before the one that describes the page
        List<Map<?, ?>> candidates = new ArrayList<>();
        List<Map<?, ?>> articles = new ArrayList<>();
        int articleDepth = JsonLdBlocks.MAX_DEPTH + 1;
        for (JsonLdBlocks.Block block : blocks) {
            Object json = block.json();
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
}
