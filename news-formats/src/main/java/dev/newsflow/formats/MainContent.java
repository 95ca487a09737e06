package dev.newsflow.formats;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The article's own text on a page, the way Readability finds it: furniture removed, paragraphs scored
 * ({@link ContentScores}), the best-scoring container after discounting link text, widened to a parent that scores
 * better and to siblings that score well or read as prose, then cleaned of what is still not article text (the
 * headline and byline, link lists, image galleries, forms).
 *
 * <p>Why not a Readability port from Maven Central: {@code readability4j} 1.0.8 (2021) brings the Kotlin runtime and
 * an older jsoup, and read our 50 KB benchmark pages at about 300 pages per CPU-second against jsoup's own parse at
 * about 2,000, because it re-walks and re-clones the document on each pass; the target is 2,000 pages/s for the
 * whole read. This class does the same scoring in one pass over the parsed page.
 */
final class MainContent {

    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_BYLINE = 100;

    private final ContentScores scores;
    private final boolean strict;
    private final Map<Element, Double> finalScores = new IdentityHashMap<>();

    private MainContent(ContentScores scores, boolean strict) {
        this.scores = scores;
        this.strict = strict;
    }

    /**
     * @param strict false on the retry for a page where the first pass found little: class names are then neither
     *               removed nor weighed, and containers are not cleaned by their link and image counts
     */
    static String of(Element body, String title, boolean strict) {
        PageFurniture.remove(body, strict);
        MainContent content = new MainContent(new ContentScores(body, strict), strict);
        List<Element> parts = content.withSiblings(content.top(body));
        parts.forEach(part -> content.clean(part, title));
        return HtmlText.render(parts);
    }

    private Element top(Element body) {
        List<Map.Entry<Element, Double>> byRawScore = new ArrayList<>(scores.raw().entrySet());
        byRawScore.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> candidate : byRawScore) {
            if (candidate.getValue() <= best) {
                break; // link density only lowers a score, so no later candidate can win
            }
            double score = finalScore(candidate.getKey());
            if (score > best) {
                best = score;
                top = candidate.getKey();
            }
        }
        if (top == null || top == body) {
            return body;
        }
        return widened(top, body);
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
        while (chosen.parent() != null && chosen.parent() != body && chosen.parent().childrenSize() == 1) {
            chosen = chosen.parent();
        }
        return chosen;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (scores.of(sibling) != 0 && finalScore(sibling) + bonus >= threshold) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p") && readsAsProse(sibling)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean readsAsProse(Element paragraph) {
        String text = paragraph.text();
        double linkDensity = linkDensity(paragraph, text);
        return text.length() > 80 ? linkDensity < 0.25
                : !text.isEmpty() && linkDensity == 0 && SENTENCE_END.matcher(text).find();
    }

    private void clean(Element part, String title) {
        String headline = title == null ? "" : normalised(title);
        for (Element heading : part.select("h1, h2")) {
            if (heading.normalName().equals("h1") || normalised(heading.text()).equals(headline)) {
                heading.remove();
            }
        }
        for (Element header : part.select("header")) {
            if (header != part) {
                header.remove();
            }
        }
        for (Element byline : part.select("[rel=author], [itemprop~=^author$]")) {
            // the line the name sits on ("By <a rel=author>..</a>") goes with it, unless that line is prose
            Element line = byline.parent() != null && byline.parent() != part
                    && byline.parent().text().length() < MAX_BYLINE ? byline.parent() : byline;
            if (line.text().length() < MAX_BYLINE) {
                line.remove();
            }
        }
        for (Element byline : part.select("[class], [id]")) {
            if (byline != part && BYLINE.matcher(PageFurniture.classAndId(byline)).find()
                    && byline.text().length() < MAX_BYLINE) {
                byline.remove();
            }
        }
        if (strict) {
            List<Element> containers = part.select("form, fieldset, table, ul, ol, div, section");
            for (int i = containers.size() - 1; i >= 0; i--) {
                Element container = containers.get(i);
                if (container != part && looksLikeFurniture(container)) {
                    container.remove();
                }
            }
        }
    }

    /** Readability's conditional cleaning: few commas and mostly links, images, list items or inputs. */
    private boolean looksLikeFurniture(Element container) {
        int weight = scores.classWeight(container);
        if (weight + scores.of(container) < 0) {
            return true;
        }
        String text = container.text();
        if (ContentScores.commas(text) >= 10) {
            return false;
        }
        String name = container.normalName();
        boolean list = name.equals("ul") || name.equals("ol");
        boolean inFigure = container.closest("figure") != null;
        int paragraphs = container.getElementsByTag("p").size();
        int images = container.getElementsByTag("img").size();
        int items = container.getElementsByTag("li").size() - 100;
        int inputs = container.getElementsByTag("input").size();
        double linkDensity = linkDensity(container, text);
        return (images > 1 && (double) paragraphs / images < 0.5 && !inFigure)
                || (!list && items > paragraphs)
                || inputs > paragraphs / 3
                || (!list && text.length() < 25 && (images == 0 || images > 2) && !inFigure
                    && container.getElementsByTag("p").isEmpty() && !name.equals("div"))
                || (!list && weight < 25 && linkDensity > 0.2)
                || (weight >= 25 && linkDensity > 0.5)
                || (list && linkDensity > 0.5);
    }

    private double finalScore(Element candidate) {
        return finalScores.computeIfAbsent(candidate,
                c -> scores.of(c) * (1 - linkDensity(c, c.text())));
    }

    private static double linkDensity(Element element, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int linkLength = 0;
        for (Element link : element.getElementsByTag("a")) {
            linkLength += link.text().length();
        }
        return Math.min(1, (double) linkLength / text.length());
    }

    private static String normalised(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
