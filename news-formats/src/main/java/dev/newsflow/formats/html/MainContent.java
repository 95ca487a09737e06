package dev.newsflow.formats.html;

import dev.newsflow.formats.html.metadata.MetaTags;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The article's own text on a page, the way Readability finds it: furniture removed, paragraphs scored
 * ({@link ContentScores}), the best-scoring container after discounting link text, widened to a parent that scores
 * better and to siblings that score well or read as prose, then cleaned of what is still not article text (the
 * headline and byline, link lists, image galleries, forms).
 *
 * <p>Why not a Readability port from Maven Central: {@code readability4j} 1.0.8 (2021) brings the Kotlin runtime and
 * an older jsoup, and read our 50 KB benchmark pages (a one-off measurement, not re-runnable from the repo; see
 * BENCHMARKS.md) at about 300 pages per CPU-second against jsoup's own parse at
 * about 2,000, because it re-walks and re-clones the document on each pass; the target is 2,000 pages/s for the
 * whole read. This class does the same scoring in one pass over the parsed page.
 */
final class MainContent {

    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_SHARING = 3;
    private static final double CLOSE_SCORE = 0.75;

    private final TextStats stats;
    private final ContentScores scores;
    private final FinalScores finalScores;
    private final ContainerBounds bounds;

    private MainContent(TextStats stats, ContentScores scores) {
        this.stats = stats;
        this.scores = scores;
        this.finalScores = new FinalScores(stats, scores);
        this.bounds = new ContainerBounds(stats, scores, finalScores);
    }

    /**
     * @param strict false on the retry for a page where the first pass found little: class names are then neither
     *               removed nor weighed, and containers are not cleaned by their link and image counts
     * @param holdsArticle  whether an {@code <article>} is inside an element ({@link MetaTags#articleHolders()}), or
     *                      null to look inside each element that asks, with no headline known
     * @param holdsHeadline whether the article's headline is inside an element (used when holdsArticle is given)
     */
    static HtmlText.Rendered of(Element body, String title, boolean strict, Predicate<Element> holdsArticle,
            Predicate<Element> holdsHeadline) {
        TextStats stats = new TextStats(body, holdsArticle == null
                ? element -> PageFurniture.isFurniture(element, strict)
                : element -> PageFurniture.isFurniture(element, strict, holdsArticle, holdsHeadline));
        ContentScores scores = new ContentScores(stats, strict);
        MainContent content = new MainContent(stats, scores);
        List<Element> parts = ArticleSiblings.of(content.top(body), stats, scores, content.finalScores);
        ContentCleaning cleaning = new ContentCleaning(stats, scores, strict);
        parts.forEach(part -> cleaning.clean(part, title));
        return HtmlText.rendered(parts, stats);
    }

    /**
     * A candidate container with a score, raw or final, and its place in the document. Of two equal scores the one
     * earlier in the document wins, so of a container and one inside it, the container: the same page always gives
     * the same text. (Readability keeps the candidate it met first, the inner one, as it meets a paragraph's parent
     * before its grandparent; a page whose article and first section tie is then read as that section alone.)
     */
    private record Ranked(Element element, double score, int place) {
        static final Comparator<Ranked> BEST_FIRST =
                Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::place);
    }

    private Element top(Element body) {
        List<Ranked> byRawScore = new ArrayList<>(scores.candidates().size());
        for (Element candidate : scores.candidates()) {
            byRawScore.add(new Ranked(candidate, scores.of(candidate), stats.of(candidate).position));
        }
        byRawScore.sort(Ranked.BEST_FIRST);
        Ranked top = null;
        for (Ranked candidate : byRawScore) {
            if (top != null && candidate.score() < top.score()) {
                break; // link density only lowers a score, so no later candidate can win
            }
            Ranked scored = new Ranked(candidate.element(), finalScores.of(candidate.element()), candidate.place());
            // a candidate with a lower raw score can still tie on the final score and be the earlier one
            if (top == null || Ranked.BEST_FIRST.compare(scored, top) < 0) {
                top = scored;
            }
        }
        if (top == null || top.element() == body) {
            return bounds.markedArticle(body);
        }
        return top.element().normalName().equals("tr") ? bounds.bestCell(top.element())
                : bounds.markedArticle(bounds.widened(sharedAncestor(top, byRawScore, body), body));
    }

    /**
     * Readability's rule for an article in several sections (how-to steps, live-blog entries, a long read's
     * chapters): when at least three of the five best candidates score close to the best one and share one of its
     * ancestors, that ancestor holds the article.
     */
    private Element sharedAncestor(Ranked top, List<Ranked> byRawScore, Element body) {
        List<Ranked> byFinal = new ArrayList<>(TOP_CANDIDATES + 1);
        for (Ranked candidate : byRawScore) {
            // link density only lowers a positive score: a raw score below the fifth best final one puts no later
            // candidate among the five best (the thirty best raw scores, once taken here, could miss one behind
            // link-heavy boxes); with every score at zero or below, which no article scores, the rule has no use
            if (byFinal.size() == TOP_CANDIDATES && candidate.score() < byFinal.getLast().score()) {
                break;
            }
            byFinal.add(new Ranked(candidate.element(), finalScores.of(candidate.element()), candidate.place()));
            byFinal.sort(Ranked.BEST_FIRST);
            if (byFinal.size() > TOP_CANDIDATES) {
                byFinal.removeLast();
            }
        }
        List<Element> close = byFinal.stream()
                .filter(c -> c.element() != top.element() && c.score() >= top.score() * CLOSE_SCORE)
                .map(Ranked::element)
                .toList();
        if (close.size() < MIN_SHARING) {
            return top.element();
        }
        for (Element ancestor = top.element().parent(); ancestor != null && ancestor != body;
                ancestor = ancestor.parent()) {
            Element candidateAncestor = ancestor;
            if (close.stream().filter(c -> isInside(c, candidateAncestor)).count() >= MIN_SHARING) {
                return ancestor;
            }
        }
        return top.element();
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }
}
