package dev.newsflow.formats.html.names;

import org.jsoup.nodes.Element;

import java.util.Locale;

/** An element's class and id as one lower-case text: what the furniture, content and metadata word lists look in. */
public final class ClassAndId {

    private ClassAndId() {
    }

    public static String of(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (className + " " + id).toLowerCase(Locale.ROOT).strip();
    }
}
