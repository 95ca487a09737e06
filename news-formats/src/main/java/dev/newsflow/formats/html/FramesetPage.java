package dev.newsflow.formats.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page of frames ({@code <frameset>} instead of {@code <body>}) read by the text it writes for browsers without
 * frames, its {@code <noframes>}, as those browsers and reader views show it: the frames' own pages are other files.
 * The parser keeps that text as raw markup, so it is parsed here as the page's body.
 */
final class FramesetPage {

    private FramesetPage() {
    }

    /** {@code page} itself, its {@code <frameset>} replaced by a body of its {@code <noframes>} text when it has one. */
    static Document withNoFramesBody(Document page) {
        Element frameset = page.body();
        if (frameset == null || !frameset.nameIs("frameset")) {
            return page;
        }
        StringBuilder markup = new StringBuilder();
        for (Element noFrames : frameset.getElementsByTag("noframes")) {
            markup.append(noFrames.data().isBlank() ? noFrames.html() : noFrames.data());
        }
        if (!markup.toString().isBlank()) {
            frameset.replaceWith(Jsoup.parseBodyFragment(markup.toString()).body());
        }
        return page;
    }
}
