package dev.newsflow.formats.html;

import dev.newsflow.formats.html.names.Alternatives;
import dev.newsflow.formats.html.names.ClassAndId;
import org.jsoup.nodes.Element;

/**
 * What a candidate container scores before its paragraphs add to it (Readability's start values): its tag
 * ({@code div} likes text, lists and headings do not) and its class and id ({@code article}, {@code content},
 * {@code post} up; {@code comment}, {@code sidebar}, {@code share} down).
 */
final class ContainerWeights {

    private static final Alternatives POSITIVE = Alternatives.of(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");
    private static final Alternatives NEGATIVE = Alternatives.of("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-"
            + "|contact|cookie|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget|taboola|newsletter|byline");

    private final boolean weighClasses;

    ContainerWeights(boolean weighClasses) {
        this.weighClasses = weighClasses;
    }

    /** The start value: the tag's weight plus the class weight. */
    double initial(Element element) {
        int base = switch (element.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + classWeight(element);
    }

    /** Class and id say content (+25) or furniture (-25); zero when class weighing is off. */
    int classWeight(Element element) {
        if (!weighClasses) {
            return 0;
        }
        String names = ClassAndId.of(element);
        if (names.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.in(names)) {
            weight -= 25;
        }
        if (POSITIVE.in(names)) {
            weight += 25;
        }
        return weight;
    }
}
