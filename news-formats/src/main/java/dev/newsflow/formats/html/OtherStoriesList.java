package dev.newsflow.formats.html;

import dev.newsflow.formats.html.names.TagNames;
import org.jsoup.nodes.Element;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A heading that names other stories ("Most read", "Related", "More from this section", "Lesen Sie auch") over a list
 * of links, inside the article's box with no class that says so: the headlines of other stories, whose names would be
 * taken for this one's. Readability keeps such a list (it keeps every list the article's box holds, and so does the
 * reader since the references, roundups and "see also" lists an article writes are its own); only the heading tells
 * these apart.
 */
final class OtherStoriesList {

    // the whole label, as such boxes are headed (a heading that only begins so, "Latest developments", "Related
    // research", "Popular destinations", heads a section of the article's own)
    private static final Pattern OTHER_STORIES = Pattern.compile("(?iu:most (?:read|popular|viewed|shared|commented)"
            + "|popular(?: now| stories| articles)?|related(?: stories| articles| news| content| coverage| posts)?"
            + "|more (?:from\\b.*|(?:on|in|about) this (?:story|topic|section|subject)|stories|news|articles|headlines"
            + "|top stories|to read|like this)|read (?:more|next|also)|also read|what to read next"
            + "|recommended(?: for you| stories| reading| articles)?|trending(?: now| stories)?"
            + "|you (?:may|might) (?:also )?(?:like|enjoy)|top stories|latest(?: news| stories| headlines| articles)?"
            + "|editor'?s'? (?:picks|choice)|don'?t miss|in other news"
            + "|mehr zum thema|meistgelesen|das könnte sie auch interessieren|lesen sie auch|à lire aussi|lire aussi"
            + "|les plus lus|sur le même sujet|lo más leído|más leídas|te puede interesar|lee también|leia também"
            + "|mais lidas|leggi anche|più letti|lees ook|meest gelezen|czytaj także|najczęściej czytane"
            + "|читайте также)\\s*[:.…]?");
    // what such a label is written in: a heading or bold text, or a line holding only bold text
    private static final Set<String> HEADINGS = TagNames.of("h2", "h3", "h4", "h5", "h6", "strong", "b");
    private static final Set<String> LINES = TagNames.of("p", "div", "span");
    private static final int MAX_HEADING = 50;
    private static final double MOSTLY_LINKS = 0.5;

    private OtherStoriesList() {
    }

    /** Whether {@code heading} is such a label and the element after it such a list; then both go. */
    static boolean heads(Element heading, TextStats stats) {
        String name = heading.normalName();
        boolean headingLike = HEADINGS.contains(name) || LINES.contains(name) && heading.childrenSize() == 1
                && HEADINGS.contains(heading.child(0).normalName()) && heading.child(0).text().equals(heading.text());
        Element list = heading.nextElementSibling();
        if (!headingLike || list == null || !(list.nameIs("ul") || list.nameIs("ol"))) {
            return false;
        }
        String label = heading.text().strip();
        return label.length() <= MAX_HEADING && OTHER_STORIES.matcher(label).matches()
                && stats.of(list).linkDensity() > MOSTLY_LINKS;
    }
}
