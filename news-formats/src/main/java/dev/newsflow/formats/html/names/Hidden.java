package dev.newsflow.formats.html.names;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/** Whether an element's own markup hides it from readers: the {@code hidden} attribute or an inline style. */
public final class Hidden {

    private static final Pattern INVISIBLE_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    private Hidden() {
    }

    public static boolean byMarkup(Element element) {
        return element.hasAttr("hidden")
                || element.hasAttr("style") && INVISIBLE_STYLE.matcher(element.attr("style")).find();
    }

    /** {@link #byMarkup} for the element or any element around it, below {@code <body>}. */
    public static boolean withAncestors(Element element) {
        for (Element e = element; e != null && !e.nameIs("body"); e = e.parent()) {
            if (byMarkup(e)) {
                return true;
            }
        }
        return false;
    }
}
