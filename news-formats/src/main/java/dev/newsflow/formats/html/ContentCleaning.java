package dev.newsflow.formats.html;

import dev.newsflow.formats.html.metadata.Byline;
import dev.newsflow.formats.html.metadata.DateLine;
import dev.newsflow.formats.html.names.ClassAndId;
import dev.newsflow.formats.html.names.TagNames;
import dev.newsflow.formats.text.Spaces;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@link MainContent} takes out of the parts it chose, as Readability does after choosing: the headline, the
 * byline and a date line over the text, share bars, the site's own headers, and containers that read as furniture
 * (few commas and mostly links, images or list items) unless they hold a data table.
 */
final class ContentCleaning {

    private static final Pattern SHARE = Pattern.compile("(?<![a-z0-9])share(?![a-z0-9])|sharedaddy");
    private static final int SHARE_BOX_TEXT = 500;
    // "Read also: <a>...</a>", "Baca juga:", "Lire aussi :": a link to another story set between the paragraphs
    private static final Pattern READ_ALSO = Pattern.compile("^(?iu:(?:read|see) (?:also|more)|also read|more on this"
            + "|baca juga|lihat juga|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leia também|leia mais"
            + "|leggi anche|lee también|lea también|lees ook|czytaj także|czytaj też|читайте также)\\s*:");
    private static final int READ_ALSO_TEXT = 300;
    private static final double READ_ALSO_LINKS = 0.5;
    private static final Pattern PICTURES_CREDIT = Pattern.compile("(?i:photos?|photographs|photography|pictures|images"
            + "|illustrations?|graphics|video)\\s+(?i:by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’&-]+){0,6}");
    // spaces the walk counts in an element's text that the title, collapsed, does not have
    private static final int TITLE_SLACK = 20;
    // what a part holds beside a title line for the line to be a headline over text, not the text
    private static final int MORE_THAN_A_TITLE = 200;
    /** Above this share of link text a container whose class does not say content is furniture. */
    static final double MAX_LINK_DENSITY = 0.2;
    // above this share of its text in lists a box is a list (a "see also" block under its heading), as Readability
    // takes it
    private static final double MOSTLY_LISTS = 0.9;
    // an <article>'s own <header> holds its standfirst (the headline and byline in it go as anywhere) and a
    // <section>'s its chapter's title and introduction: cleaned like any container; any other <header> inside the
    // part is the site's (logo, menu, promotions) and goes whole
    private static final Set<String> CLEANED = TagNames.of("form", "fieldset", "table", "ul", "ol", "div", "section",
            "header");
    // lines, and then containers, taken out of one part, at most: a page takes out a few dozen, a live blog's share
    // boxes some hundreds; a crafted page of tens of thousands of date lines or link boxes under one parent would cost
    // quadratic time, as jsoup re-indexes a parent's children after each removal before the next sibling is read
    // (40,000 took 2-6 s, 160,000 link boxes 15 s)
    private static final int MOST_REMOVED_LINES = 2_000;

    private final TextStats stats;
    private final ContentScores scores;
    private final boolean strict;

    /** @param strict false on the retry pass, which does not clean containers by their link and image counts */
    ContentCleaning(TextStats stats, ContentScores scores, boolean strict) {
        this.stats = stats;
        this.scores = scores;
        this.strict = strict;
    }

    void clean(Element part, String title) {
        TitleHeading titleHeading = new TitleHeading(title);
        // text written straight into the part (runs between <br>s) has begun before any element
        boolean textSeen = stats.of(part).ownText >= Byline.MAX_LENGTH;
        int proseParagraphs = 0;
        String headline = title == null ? "" : normalised(title);
        List<Element> containers = new ArrayList<>();
        // the last place (in the walk's order) inside a subtree removed here: what is under a removed element is not
        // the text's (a site header's tagline must not count as the text having begun)
        int removedThrough = -1;
        // the part is as TextStats walked it: the parts before it are its siblings, cleaned only inside
        List<Element> elements = stats.subtree(part);
        int first = stats.of(part).position; // the subtree is a run of the walk from there; -1: not walked
        int removals = 0;
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (element == part || element.parent() == null || first >= 0 && first + i <= removedThrough) {
                continue;
            }
            String name = element.normalName();
            if (removals >= MOST_REMOVED_LINES) {
                // past the bound no more lines are taken out; the containers are still weighed below
                if (strict && CLEANED.contains(name)) {
                    containers.add(element);
                }
                continue;
            }
            // a date line over the text ("Published 9:47 a.m. ET Feb. 21, 2024 | Updated ...") goes as the byline does
            boolean dateLine = !textSeen && DateLine.is(element);
            // an <h1> over the text is the page's headline, whatever it says, and so is an <h2> there that repeats
            // the title; further down a heading heads a section ("Videos" under a title that mentions videos) unless
            // it is the title word for word; a title in a script reader views find no words in keeps its headline in
            // their text, and so here
            Element removed = null;
            if (isHeading(name) && titleHeading.readerViewsCanMatch() && (textSeen
                    ? normalised(element.text()).equals(headline)
                    : name.equals("h1") || titleHeading.repeatedBy(element.text()))) {
                removed = element;
            } else if (!isAnyHeading(name) && !name.equals("p") && isTitleLine(element, title, part)
                    && (!textSeen || noTextBefore(element, part))) {
                removed = element;
            } else if (Byline.isDeclared(element)) {
                removed = bylineLine(element, part);
            } else if (isBylineLine(element, stats, proseParagraphs < Byline.TEXT_BEGINS_AFTER)
                    || proseParagraphs < Byline.TEXT_BEGINS_AFTER && isCreditLine(element)) {
                removed = element;
            } else if (isReadAlso(element)) {
                removed = element;
            } else if (OtherStoriesList.heads(element, stats)) {
                Element list = element.nextElementSibling();
                removedThrough = lastUnder(list, removedThrough);
                list.remove();
                removed = element;
            } else if (dateLine) {
                // a <time> inside a line that is no date line is part of a sentence; one the part holds alone goes
                removed = !element.nameIs("time") || element.parent() == part ? element : null;
            } else if (isShareBox(element) || name.equals("header") && !isArticlesOwn(element)) {
                removed = element;
            } else if (strict && CLEANED.contains(name)) {
                containers.add(element);
            }
            if (removed == null && name.equals("p") && stats.of(element).text > Byline.MAX_LENGTH) {
                proseParagraphs++; // Byline.TEXT_BEGINS_AFTER of them, and a "Written by" line is the text's
            }
            if (removed == null && !textSeen && !dateLine) {
                // a paragraph, or prose in any other element: no byline or date line is that long (a byline in a
                // <p> of its own, removed above, is not the text beginning: a date line may still follow it)
                TextStats.Of of = stats.of(element);
                textSeen = name.equals("p") ? of.text > 0 : of.ownText >= Byline.MAX_LENGTH;
            }
            if (removed != null) {
                removedThrough = lastUnder(removed, removedThrough);
                removed.remove();
                removals++;
            }
        }
        Map<Element, Boolean> tables = new IdentityHashMap<>();
        int containersRemoved = 0;
        for (int i = containers.size() - 1; i >= 0 && containersRemoved < MOST_REMOVED_LINES; i--) {
            if (looksLikeFurniture(containers.get(i)) && !DataTable.holds(containers.get(i), part, tables)) {
                containers.get(i).remove();
                containersRemoved++;
            }
        }
    }

    /**
     * A short line a class calls the byline, or an unmarked line naming the writer ({@link Byline#nameOnLine}).
     *
     * @param overTheText whether the article's text has not begun yet
     */
    static boolean isBylineLine(Element element, TextStats stats, boolean overTheText) {
        return (Byline.isNamedByClass(ClassAndId.of(element))
                || Byline.mayOpen(element) && Byline.nameOnLine(element.text(), overTheText) != null)
                && stats.of(element).text < Byline.MAX_LENGTH;
    }

    /**
     * A short line over the text crediting the pictures ("Photos by Ola Berg", "Illustration by …") beside the byline:
     * no more the text than the byline is. A caption's credit stays with its caption.
     */
    private boolean isCreditLine(Element element) {
        return (element.nameIs("p") || element.nameIs("div") || element.nameIs("span"))
                && stats.of(element).text < Byline.MAX_LENGTH && element.firstChild() instanceof TextNode
                && PICTURES_CREDIT.matcher(element.text()).matches() && element.closest("figure, figcaption") == null;
    }

    /** A short line that opens with a "read also" label and is mostly a link: another story's, not this one's text. */
    private boolean isReadAlso(Element element) {
        if (!element.nameIs("p") && !element.nameIs("div") && !element.nameIs("li")) {
            return false; // its line, not each link inside it
        }
        TextStats.Of of = stats.of(element);
        return of.text > 0 && of.text < READ_ALSO_TEXT && of.linkDensity() >= READ_ALSO_LINKS
                && READ_ALSO.matcher(element.text()).find();
    }

    /**
     * What goes with a byline name: the line it sits on ("By <a rel=author>..</a>") unless that line is prose; null
     * when even the name alone is too long to be one.
     */
    private Element bylineLine(Element name, Element part) {
        Element parent = name.parent();
        Element line = parent != null && parent != part && stats.of(parent).text < Byline.MAX_LENGTH ? parent : name;
        return stats.of(line).text < Byline.MAX_LENGTH ? line : null;
    }

    /** The last place in the walk's order under {@code element}, or {@code through} when that is further. */
    private int lastUnder(Element element, int through) {
        TextStats.Of of = stats.of(element);
        return of.position < 0 ? through : Math.max(through, of.position + of.descendants);
    }

    /** Readability's conditional cleaning: few commas and mostly links, images, list items or inputs. */
    private boolean looksLikeFurniture(Element container) {
        int weight = scores.classWeight(container);
        // a score below zero is a list's or a form's start value, not a sign against it: a list of short
        // paragraphs (steps, points) scores below zero and is the article's own, as its class says nothing against it;
        // nor is a class against a paragraph of prose, which Readability would have made a <p> and never clean
        if (weight + Math.max(0, scores.of(container)) < 0 && !ProseParagraphs.isLongProse(container, stats)) {
            return true;
        }
        TextStats.Of text = stats.of(container);
        if (text.commas >= 10) {
            return false;
        }
        String name = container.normalName();
        // a list, or a box that is nearly all lists (a "see also" block under its heading): a list of links is the
        // article's own (references, a roundup's items, linked ingredients) unless its class says otherwise
        boolean list = name.equals("ul") || name.equals("ol") || text.listText > MOSTLY_LISTS * text.text;
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
                || (!list && weight < 25 && linkDensity > MAX_LINK_DENSITY)
                || (weight >= 25 && linkDensity > 0.5);
    }

    /**
     * A box whose class or id says share, short of a paragraph's worth of text: the share bar between paragraphs.
     * Furniture removal spares it when its name also says article or content ({@code article-share}); Readability
     * takes such boxes out of the article it found, and so does this.
     */
    private boolean isShareBox(Element element) {
        return element.attributesSize() > 0 && stats.of(element).text < SHARE_BOX_TEXT
                && SHARE.matcher(ClassAndId.of(element)).find();
    }

    /** A {@code <header>} of the article or of one of its sections (a chapter's title and introduction). */
    private static boolean isArticlesOwn(Element header) {
        Element parent = header.parent();
        return parent != null && (parent.nameIs("article") || parent.nameIs("section"));
    }

    /**
     * An element before the text that is the title word for word, as written: the headline of a page that sets it in
     * {@code <font size=5><b>} or a {@code <div class="headline">} rather than a heading. Not a paragraph, and not
     * the text itself: a short post whose title is its own words (a microblog's) keeps them, so the part must hold
     * more than the line. An {@code <h3>} that repeats the title, as Medium's posts open, stays a heading of the
     * text, as Readability keeps it.
     */
    private boolean isTitleLine(Element element, String title, Element part) {
        int length = stats.of(element).text;
        // the text is only compared for an element about as long as the title: most are far longer or shorter
        return title != null && !title.isBlank() && length >= title.length() / 2
                && length <= title.length() + TITLE_SLACK && stats.of(part).text > length + MORE_THAN_A_TITLE
                && isOnALineOfItsOwn(element)
                && Spaces.collapsed(element.text()).strip().equals(Spaces.collapsed(title).strip());
    }

    /**
     * Nothing but a line break or a block before and after it: a line, not words of a sentence ("<b>Ines Roth</b> is
     * the harbour's master", a wiki's lead naming its subject in bold).
     */
    private static boolean isOnALineOfItsOwn(Element element) {
        return endsALine(element.previousSibling(), true) && endsALine(element.nextSibling(), false);
    }

    private static boolean endsALine(Node node, boolean before) {
        while (node instanceof TextNode space && space.isBlank()) {
            node = before ? node.previousSibling() : node.nextSibling();
        }
        return node == null || node instanceof Element next && (next.nameIs("br") || next.isBlock());
    }

    /** No text of the part comes before {@code element}, in the part's order: the text has not begun there. */
    private static boolean noTextBefore(Element element, Element part) {
        boolean[] text = new boolean[1];
        part.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == element) {
                    return FilterResult.STOP;
                }
                text[0] = node instanceof TextNode words && !words.isBlank();
                return text[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        });
        return !text[0];
    }

    private static boolean isAnyHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static boolean isHeading(String name) {
        return name.equals("h1") || name.equals("h2");
    }

    private static String normalised(String text) {
        return Spaces.collapsed(text).strip().toLowerCase(Locale.ROOT);
    }
}
