package dev.newsflow.formats.html;

import dev.newsflow.formats.html.metadata.Byline;
import dev.newsflow.formats.html.metadata.MetaTags;
import dev.newsflow.formats.text.Spaces;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
public final class MainContent {

    private static final Pattern SHARE = Pattern.compile("(?<![a-z0-9])share(?![a-z0-9])|sharedaddy");
    private static final int SHARE_BOX_TEXT = 500;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final int TOP_CANDIDATES = 5;
    private static final int CANDIDATES_LOOKED_AT = 30;
    private static final int MIN_SHARING = 3;
    private static final double CLOSE_SCORE = 0.75;
    // an article's own text links a word here and there; teaser cards link every headline
    private static final double TEASER_LINK_DENSITY = 0.1;
    // an <article>'s own <header> holds its standfirst (the headline and byline in it go as anywhere) and is cleaned
    // like any container; any other <header> inside the part is the site's (logo, menu, promotions) and goes whole
    private static final Set<String> CLEANED = TagNames.of("form", "fieldset", "table", "ul", "ol", "div", "section",
            "header");

    private final TextStats stats;
    private final ContentScores scores;
    private final boolean strict;
    private final Map<Element, Double> finalScores = new IdentityHashMap<>();

    private MainContent(TextStats stats, ContentScores scores, boolean strict) {
        this.stats = stats;
        this.scores = scores;
        this.strict = strict;
    }

    /**
     * @param strict false on the retry for a page where the first pass found little: class names are then neither
     *               removed nor weighed, and containers are not cleaned by their link and image counts
     * @param articleHolders the elements with an {@code <article>} inside ({@link MetaTags#articleHolders()}), or
     *                       null to look inside each element that asks
     */
    static HtmlText.Rendered of(Element body, String title, boolean strict, Set<Element> articleHolders) {
        TextStats stats = new TextStats(body, articleHolders == null
                ? element -> PageFurniture.isFurniture(element, strict)
                : element -> PageFurniture.isFurniture(element, strict, articleHolders::contains));
        MainContent content = new MainContent(stats, new ContentScores(stats, strict), strict);
        List<Element> parts = content.withSiblings(content.top(body));
        parts.forEach(part -> content.clean(part, title));
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
            Ranked scored = new Ranked(candidate.element(), finalScore(candidate.element()), candidate.place());
            // a candidate with a lower raw score can still tie on the final score and be the earlier one
            if (top == null || Ranked.BEST_FIRST.compare(scored, top) < 0) {
                top = scored;
            }
        }
        if (top == null || top.element() == body) {
            return markedArticle(body);
        }
        return top.element().normalName().equals("tr") ? bestCell(top.element())
                : markedArticle(widened(sharedAncestor(top, byRawScore, body), body));
    }

    /**
     * The one {@code <article>} inside the chosen container, when what the container holds beside it reads as
     * teasers, not prose: a short article in a main region with a grid of story cards scores below the region, whose
     * card summaries add up. Cards link their headlines, so their text is link-heavy where an article's continuation
     * is not; a container with prose beside its article, or with several articles (a live blog), stays whole.
     */
    private Element markedArticle(Element top) {
        if (top.normalName().equals("article") || stats.of(top).articles != 1) {
            return top;
        }
        Element article = top;
        while (!article.normalName().equals("article")) {
            Element inside = null;
            for (Element child : article.children()) {
                if (child.normalName().equals("article") || stats.of(child).articles == 1) {
                    inside = child;
                    break;
                }
            }
            if (inside == null) {
                return top; // removed on the way (a furniture subtree held it)
            }
            article = inside;
        }
        TextStats.Of all = stats.of(top);
        TextStats.Of own = stats.of(article);
        int besideText = all.text - own.text;
        int besideLinks = all.links - own.links;
        boolean teasersBeside = besideText > 0 && besideLinks >= besideText * TEASER_LINK_DENSITY;
        return teasersBeside && scores.of(article) != 0 ? article : top;
    }

    /**
     * Readability's rule for an article in several sections (how-to steps, live-blog entries, a long read's
     * chapters): when at least three of the five best candidates score close to the best one and share one of its
     * ancestors, that ancestor holds the article.
     */
    private Element sharedAncestor(Ranked top, List<Ranked> byRawScore, Element body) {
        List<Ranked> byFinal = new ArrayList<>();
        // a final score is at most the raw one, so the five best final scores are among the best raw ones
        for (Ranked candidate : byRawScore.subList(0, Math.min(byRawScore.size(), CANDIDATES_LOOKED_AT))) {
            byFinal.add(new Ranked(candidate.element(), finalScore(candidate.element()), candidate.place()));
        }
        byFinal.sort(Ranked.BEST_FIRST);
        List<Element> close = byFinal.stream().limit(TOP_CANDIDATES)
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

    /** A layout table's row holds the navigation cell beside the article cell: the cell with most prose is it. */
    private Element bestCell(Element row) {
        Element best = row;
        int bestProse = -1;
        for (Element cell : row.children()) {
            TextStats.Of text = stats.of(cell);
            if (text.text - text.links > bestProse) {
                bestProse = text.text - text.links;
                best = cell;
            }
        }
        return best;
    }

    /** A parent that scores better than its best child is the real container (the article, not one section). */
    private Element widened(Element top, Element body) {
        Element chosen = top;
        double last = finalScore(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (scores.of(parent) == 0) {
                continue;
            }
            double score = finalScore(parent);
            if (score < threshold) {
                break;
            }
            if (score > last) {
                chosen = parent;
                break;
            }
            last = score;
        }
        while (chosen.parent() != null && chosen.parent() != body && isOnlyChild(chosen)) {
            chosen = chosen.parent();
        }
        return chosen;
    }

    /** No element beside it: asked without childrenSize(), which builds the parent's list of child elements. */
    private static boolean isOnlyChild(Element element) {
        return element.previousElementSibling() == null && element.nextElementSibling() == null;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling = parent.firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (scores.of(sibling) != 0 && finalScore(sibling) + bonus >= threshold && mayContinue(top, sibling)) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p") && readsAsProse(sibling, stats.of(sibling))) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /**
     * A page that marks its article with {@code <article>} says where the article ends: a container beside it (a
     * grid of teaser cards, more stories from the section) is not more of it, however well its summaries score.
     * Another {@code <article>} (a live blog's entries side by side) still is, and so is a loose paragraph of prose.
     */
    private static boolean mayContinue(Element top, Element sibling) {
        return !top.normalName().equals("article") || sibling.normalName().equals("article");
    }

    private static boolean readsAsProse(Element paragraph, TextStats.Of text) {
        return text.text > 80 ? text.linkDensity() < 0.25
                : text.text > 0 && text.links == 0 && SENTENCE_END.matcher(paragraph.text()).find();
    }

    private void clean(Element part, String title) {
        TitleHeading titleHeading = new TitleHeading(title);
        boolean textSeen = false;
        String headline = title == null ? "" : normalised(title);
        List<Element> containers = new ArrayList<>();
        // the part is as TextStats walked it: the parts before it are its siblings, cleaned only inside
        for (Element element : stats.subtree(part)) {
            if (element == part || element.parent() == null) {
                continue;
            }
            String name = element.normalName();
            if (name.equals("p") && !textSeen) {
                textSeen = stats.of(element).text > 0;
            }
            // an <h1> over the text is the page's headline, whatever it says, and so is an <h2> there that repeats
            // the title; further down a heading heads a section ("Videos" under a title that mentions videos) unless
            // it is the title word for word
            if (isHeading(name) && (textSeen ? normalised(element.text()).equals(headline)
                    : name.equals("h1") || titleHeading.repeatedBy(element.text()))) {
                element.remove();
            } else if (Byline.isDeclared(element)) {
                removeBylineLine(element, part);
            } else if ((Byline.isNamedByClass(PageFurniture.classAndId(element))
                    || (Byline.mayOpen(element) && Byline.nameOnLine(element.text()) != null))
                    && stats.of(element).text < Byline.MAX_LENGTH) {
                element.remove();
            } else if (isShareBox(element)) {
                element.remove();
            } else if (name.equals("header") && !isArticlesOwn(element)) {
                element.remove();
            } else if (strict && CLEANED.contains(name)) {
                containers.add(element);
            }
        }
        Map<Element, Boolean> tables = new IdentityHashMap<>();
        for (int i = containers.size() - 1; i >= 0; i--) {
            if (looksLikeFurniture(containers.get(i)) && !DataTable.holds(containers.get(i), part, tables)) {
                containers.get(i).remove();
            }
        }
    }

    /** The line a byline name sits on ("By <a rel=author>..</a>") goes with it, unless that line is prose. */
    private void removeBylineLine(Element name, Element part) {
        Element parent = name.parent();
        Element line = parent != null && parent != part && stats.of(parent).text < Byline.MAX_LENGTH ? parent : name;
        if (stats.of(line).text < Byline.MAX_LENGTH) {
            line.remove();
        }
    }

    /** Readability's conditional cleaning: few commas and mostly links, images, list items or inputs. */
    private boolean looksLikeFurniture(Element container) {
        int weight = scores.classWeight(container);
        // a score below zero is a list's or a form's start value, not a sign against it: a list of short
        // paragraphs (steps, points) scores below zero and is the article's own, as its class says nothing against it
        if (weight + Math.max(0, scores.of(container)) < 0) {
            return true;
        }
        TextStats.Of text = stats.of(container);
        if (text.commas >= 10) {
            return false;
        }
        String name = container.normalName();
        boolean list = name.equals("ul") || name.equals("ol");
        boolean inFigure = container.closest("figure") != null;
        int paragraphs = text.paragraphs;
        int images = text.images;
        int items = text.items - 100;
        double linkDensity = text.linkDensity();
        // (form inputs, which Readability also counts, are gone with the furniture)
        return (images > 1 && (double) paragraphs / images < 0.5 && !inFigure)
                || (!list && items > paragraphs)
                || (!list && text.text < 25 && (images == 0 || images > 2) && !inFigure && paragraphs == 0
                    && !name.equals("div"))
                || (!list && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || (list && linkDensity > 0.5);
    }

    private double finalScore(Element candidate) {
        return finalScores.computeIfAbsent(candidate, c -> scores.of(c) * (1 - stats.of(c).linkDensity()));
    }

    /**
     * A box whose class or id says share, short of a paragraph's worth of text: the share bar between paragraphs.
     * Furniture removal spares it when its name also says article or content ({@code article-share}); Readability
     * takes such boxes out of the article it found, and so does this.
     */
    private boolean isShareBox(Element element) {
        return element.attributesSize() > 0 && stats.of(element).text < SHARE_BOX_TEXT
                && SHARE.matcher(PageFurniture.classAndId(element)).find();
    }

    private static boolean isArticlesOwn(Element header) {
        Element parent = header.parent();
        return parent != null && parent.nameIs("article");
    }

    private static boolean isHeading(String name) {
        return name.equals("h1") || name.equals("h2");
    }

    private static String normalised(String text) {
        return Spaces.collapsed(text).strip().toLowerCase(Locale.ROOT);
    }
}
