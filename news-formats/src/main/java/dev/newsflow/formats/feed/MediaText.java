package dev.newsflow.formats.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import dev.newsflow.formats.html.HtmlText;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a podcast or video feed gives an item where RSS and Atom have none: its {@code itunes:summary}, its Media
 * RSS {@code media:description} (on the item, or in its {@code media:group} or {@code media:content}, where YouTube's
 * channel feeds put the only text their entries have), else its {@code itunes:subtitle}, the order feed readers take
 * them in. Rome reads neither vocabulary without its modules, and keeps both as the item's foreign markup.
 */
final class MediaText {

    private static final Namespace ITUNES = Namespace.getNamespace("http://www.itunes.com/dtds/podcast-1.0.dtd");
    private static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");
    private static final Pattern TAG = Pattern.compile("</?(?:p|br|a|b|i|em|strong|ul|ol|li|div|span)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);

    private MediaText() {
    }

    /** @return the text, or null when the item has none of these elements with words in them */
    static String of(SyndEntry entry) {
        List<Element> markup = entry.getForeignMarkup();
        String text = words(ForeignMarkup.first(markup, ITUNES, "summary"));
        text = text != null ? text : words(mediaDescription(markup));
        return text != null ? text : words(ForeignMarkup.first(markup, ITUNES, "subtitle"));
    }

    private static Element mediaDescription(List<Element> markup) {
        Element description = ForeignMarkup.first(markup, MEDIA, "description");
        for (int i = 0; description == null && i < markup.size(); i++) {
            Element element = markup.get(i);
            if (element.getNamespace().equals(MEDIA)
                    && (element.getName().equals("group") || element.getName().equals("content"))) {
                description = ForeignMarkup.first(element.getChildren(), MEDIA, "description");
            }
        }
        return description;
    }

    /**
     * Media RSS marks a description that is HTML ({@code type="html"}); iTunes' are plain text by its rules, but
     * podcast hosts write HTML into them in CDATA, read as HTML where a tag shows it.
     */
    private static String words(Element element) {
        if (element == null || element.getTextTrim().isEmpty()) {
            return null;
        }
        String value = element.getText();
        boolean html = "html".equalsIgnoreCase(element.getAttributeValue("type"))
                || element.getNamespace().equals(ITUNES) && TAG.matcher(value).find();
        String text = html ? HtmlText.ofFragment(value) : FeedText.plain(value);
        return text.isBlank() ? null : text;
    }
}
