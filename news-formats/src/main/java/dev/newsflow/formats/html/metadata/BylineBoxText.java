package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.names.Alternatives;
import dev.newsflow.formats.html.names.ClassAndId;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name a byline-marked element ({@link Byline}) gives: what templates put in the box beside the name, which the
 * element's text would glue to it, goes (a {@code <time>}, a date, the writer's role, a label for screen readers, the
 * date's neighbours), and an author box that tells about the writer in sentences gives the names it links.
 */
final class BylineBoxText {

    // "Ines Roth | May 4, 2026", "Ines Roth • 4 min read": what follows a separator with a digit in it is no name
    private static final Pattern TRAILING_DETAIL = Pattern.compile("\\s+[|•·]\\s+[^|•·]*\\d.*$");
    // "4 May 2026 · Ines Roth", "Published 4 May 2026 | By Ines Roth": nor is what comes before one
    private static final Pattern LEADING_DETAIL = Pattern.compile("^[^|•·]*\\d[^|•·]*\\s+[|•·]\\s+(?=.*\\p{L})");
    // the author's role in an element of its own after the name ("<span class=author-title>Staff Writer</span>"),
    // which text() would glue to it ("Ana RuizStaff Writer"); not an element a class calls the name's ("name-title")
    private static final Alternatives ROLE = Alternatives.of("(?<!name)(?<!name_)(?:^|[\\s_-])(?:title|role|job-?title"
            + "|position)(?:$|[\\s_-])");
    private static final Alternatives SCREEN_READERS_ONLY = Alternatives.of("screen-reader|sr-only|visually-?hidden");
    // an author box's sentence about the writer: four lower-case words in a row ("… is an urban planner and writes
    // about cycling."); a byline's name, role and place are written in capitals
    private static final Pattern LOWER_CASE_WORDS = Pattern.compile("(?:\\s\\p{Ll}[\\p{L}'’-]*[,;]?){4}");
    // a box with more text than this is no byline's or author's box but a wrapper around more
    private static final int LONGEST_BOX = 2 * Byline.MAX_LENGTH;

    private BylineBoxText() {
    }

    /**
     * The name a byline-marked element gives: its {@code itemprop=name} (an element's text or a meta's content),
     * else its own text without the {@code <time>} a byline often carries, or the date in an element of its own that
     * templates write right after the name, which the text would glue to it ("Ines Roth<span>May 4, 2026</span>").
     */
    static String of(Element byline) {
        Element named = byline.selectFirst("[itemprop=name]");
        if (named != null) {
            String name = named.normalName().equals("meta") ? named.attr("content") : named.text();
            if (!name.isBlank()) {
                return name.strip();
            }
        }
        // the two rules below are for a byline's or an author's box, not for a wrapper of the whole story: one far
        // longer than a byline gives its text as before, its elements not parsed as dates one by one
        String whole = byline.text();
        boolean box = whole.length() <= LONGEST_BOX;
        String linked = box && tellsAbout(whole) ? linkedName(byline) : null;
        if (linked != null) {
            return linked;
        }
        Element withoutTime = byline;
        boolean dateAlone = box && byline.getAllElements().stream().skip(1).anyMatch(BylineBoxText::isDateAlone);
        String text = null;
        if (dateAlone || byline.selectFirst("time") != null
                || byline.getAllElements().stream().skip(1).anyMatch(e -> isRole(e) || isScreenReaderLabel(e))) {
            withoutTime = byline.clone();
            Element copy = withoutTime;
            withoutTime.getAllElements().stream().skip(1).filter(e -> e.nameIs("time") || isScreenReaderLabel(e)
                    || isRole(e) && besideTheName(e, copy)).toList().forEach(Element::remove);
            // a name, then its date and what a template writes after it (a count of likes, "3 Kommentare"): the
            // name alone; a date before the name goes by itself
            Element date = dateAlone ? copy.getAllElements().stream().skip(1).filter(BylineBoxText::isDateAlone)
                    .findFirst().orElse(null) : null;
            String before = date == null ? "" : textBefore(date, copy);
            if (Byline.hasName(before)) {
                text = before.strip();
            } else if (date != null) {
                copy.getAllElements().stream().skip(1).filter(BylineBoxText::isDateAlone).toList()
                        .forEach(Element::remove);
            }
            withoutTime = withoutTime.text().isBlank() ? byline : withoutTime;
        }
        text = text != null ? text : withoutTime.text().strip();
        text = dateAlone && withoutTime != byline ? Byline.withoutDateJoiner(text) : text;
        text = TRAILING_DETAIL.matcher(text).replaceFirst("");
        return Byline.withoutTrailingDate(LEADING_DETAIL.matcher(text).replaceFirst(""), Byline.isDateline(byline));
    }

    /** A role after the name, or before it with nothing before it ("Contributor" then the name). */
    private static boolean besideTheName(Element role, Element byline) {
        String before = textBefore(role, byline);
        return Byline.hasName(before) || before.isBlank() && Byline.hasName(textAfter(role, byline));
    }

    /** A sentence about the writer: lower-case words in a row and a full stop, "!" or "?" at the end. */
    private static boolean tellsAbout(String text) {
        String end = text.strip();
        return !end.isEmpty() && ".!?".indexOf(end.charAt(end.length() - 1)) >= 0
                && LOWER_CASE_WORDS.matcher(end).find();
    }

    /**
     * The name an author box that tells about the writer in sentences links to ({@code rel=author},
     * {@code itemprop=author}, their archive page): "About the author <a>Liam Doyle</a> is an urban planner and ...".
     */
    private static String linkedName(Element box) {
        // the name is the smaller part of the box: a link holding the whole sentence names nobody
        int half = box.text().length() / 2;
        // every writer it links: "By <a>Jane Doe</a> and <a>Omar Hill</a>, with additional reporting from …"
        Set<String> names = new LinkedHashSet<>();
        for (Element e : box.getAllElements()) {
            String name = e == box ? null : Byline.isDeclared(e) ? e.text().strip() : e.nameIs("a") ? AuthorLink.name(e)
                    : null;
            if (name != null && !name.isEmpty() && name.length() < half && Byline.hasName(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The byline's text before {@code element}: a role follows the name it belongs to. */
    private static String textBefore(Element element, Element byline) {
        StringBuilder before = new StringBuilder();
        byline.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == element) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode text) {
                    before.append(text.text());
                }
                return FilterResult.CONTINUE;
            }
        });
        return before.toString();
    }

    /** The byline's text after {@code element}: a role written as a label before the name ("Contributor"). */
    private static String textAfter(Element element, Element byline) {
        StringBuilder after = new StringBuilder();
        boolean[] passed = {false};
        byline.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == element) {
                    passed[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (passed[0] && node instanceof TextNode text) {
                    after.append(text.text());
                }
                return FilterResult.CONTINUE;
            }
        });
        return after.toString();
    }

    /** An element of the byline that holds a date and nothing else ("May 4, 2026", "04.05.2026"). */
    private static boolean isDateAlone(Element element) {
        if (element.childrenSize() > 0) {
            return false;
        }
        String text = element.text();
        return Byline.containsDigit(text) && Dates.parse(text).isPresent();
    }

    /** An element of the byline whose class names the author's role ("author-title", "byline__role"). */
    private static boolean isRole(Element element) {
        String classAndId = ClassAndId.of(element);
        return !classAndId.isEmpty() && ROLE.in(classAndId);
    }

    /** A label only screen readers read (WordPress's "screen-reader-text" "Author"); one naming the author stays. */
    private static boolean isScreenReaderLabel(Element element) {
        String classAndId = ClassAndId.of(element);
        return !classAndId.isEmpty() && SCREEN_READERS_ONLY.in(classAndId) && !Byline.hasName(element.text());
    }
}
