package dev.newsflow.formats.html.metadata;

import org.jsoup.nodes.Element;

/**
 * A line that shows the article's date, for the main text's cleaning (html.ContentCleaning), which keeps it out of
 * the text as it keeps the byline out: short, with a digit, and a {@code <time>}, an element whose class names a date
 * ({@code display-date}, {@code timestamp}, {@code updated}), a line whose words are a date and its label
 * ("Posted: Jan 17, 2024 / 07:42 AM CST"), or a line that holds a {@code <time>} and does not end as a sentence
 * ("Le Monde | <time> • Mis à jour le <time>").
 */
public final class DateLine {

    private static final String TEXTS_OWN = "li, ul, ol, dl, td, th, table, figure, figcaption, blockquote, "
            + "h1, h2, h3, h4, h5, h6";

    private DateLine() {
    }

    public static boolean is(Element element) {
        if (element.childrenSize() > 3) {
            return false;
        }
        String text = element.text();
        if (text.isEmpty() || text.length() >= Byline.MAX_LENGTH || !Byline.containsDigit(text)) {
            return false;
        }
        boolean dated = element.nameIs("time") || PublicationDate.namesADate(element) || DateInText.whole(text) != null
                || element.selectFirst("time") != null && !endsAsASentence(text);
        // a date in a list, a table, a caption, a quotation or a heading is the text's
        return dated && element.closest(TEXTS_OWN) == null;
    }

    /** A short line ending as a sentence does ("On <time>May 4</time> the council met.") is text. */
    private static boolean endsAsASentence(String text) {
        String stripped = text.strip();
        char last = stripped.charAt(stripped.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '”';
    }
}
