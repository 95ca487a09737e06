package dev.newsflow.formats.feed;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WordPress post's content as the site shows it, from the content as written, which a WordPress export holds
 * ({@link WordPressExport}): shortcodes are markup for media, forms and captions, never the article's words, and a
 * post the classic editor wrote keeps its paragraphs as blank lines and its line breaks as newlines, which WordPress
 * makes paragraphs and breaks only when it shows the post (its {@code wpautop}; the block editor writes {@code <p>}s).
 * Written here, not taken from a library: no Java library renders WordPress content.
 */
final class WordPressContent {

    // the block editor's content: paragraphs are <p>s, blank lines between blocks are not paragraphs
    private static final String BLOCK_EDITOR = "<!-- wp:";
    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\r?\\n");
    // elements wpautop leaves as they are rather than wrapping them in a paragraph, and puts no line break beside
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure",
            "figcaption", "hr", "dl", "dd", "dt", "section", "article", "aside", "header", "footer", "nav", "address",
            "form", "fieldset", "iframe", "script", "style", "noscript");
    private static final Pattern TAG_NAME = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]{0,15})");
    // core's and Jetpack's (WordPress.com's) shortcodes whose markup is media, an embed or a form: [embed]URL[/embed],
    // [youtube=URL], a gallery, a player, a contact form and its fields go whole. Names as WordPress matches them:
    // case-sensitive, ended by anything but a word character or '-' ("[Video: the statement]" is an editor's note).
    // [[gallery]] is how a post writes "[gallery]" itself. Bounded: a shortcode holds an address or a few attributes,
    // and an unclosed one is not read to the text's end
    private static final String MEDIA = "embed|video|audio|playlist|gallery|youtube|vimeo|dailymotion|soundcloud"
            + "|spotify|instagram|tweet|twitter|googlemaps|slideshow|polldaddy|contact-form|contact-field";
    private static final String END = "(?![\\w-])";
    private static final Pattern MEDIA_SHORTCODE = Pattern.compile("(?<!\\[)\\[(" + MEDIA + ")" + END
            + "[^\\]\\[]{0,2000}\\](?:[^\\[]{0,2000}\\[/\\1\\])?|(?<!\\[)\\[/(?:" + MEDIA + ")\\](?!\\])");
    // a [caption] keeps its words: written between its tags, or, before WordPress 3.4, in its caption="..."
    private static final Pattern CAPTION_SHORTCODE = Pattern.compile("(?<!\\[)\\[(?:wp_)?caption" + END
            + "([^\\]\\[]{0,2000})\\]|\\[/(?:wp_)?caption\\](?!\\])");
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("\\bcaption=(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ESCAPED_SHORTCODE = Pattern.compile("\\[(\\[((?:wp_)?caption|" + MEDIA + ")" + END
            + "[^\\]\\[]{0,2000}\\](?:[^\\[]{0,2000}\\[/\\2\\])?)\\]");

    private WordPressContent() {
    }

    static String shown(String html) {
        String text = MEDIA_SHORTCODE.matcher(html).replaceAll("");
        text = CAPTION_SHORTCODE.matcher(text).replaceAll(caption -> Matcher.quoteReplacement(captionWords(caption)));
        text = ESCAPED_SHORTCODE.matcher(text).replaceAll(escaped -> Matcher.quoteReplacement(escaped.group(1)));
        if (text.contains(BLOCK_EDITOR)) {
            return text;
        }
        StringBuilder paragraphs = new StringBuilder(text.length() + 64);
        for (String chunk : BLANK_LINES.split(text)) {
            String paragraph = chunk.strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            if (isBlock(paragraph, 0)) {
                paragraphs.append(lineBreaks(paragraph)).append('\n');
            } else {
                paragraphs.append("<p>").append(lineBreaks(paragraph)).append("</p>\n");
            }
        }
        return paragraphs.toString();
    }

    private static String captionWords(MatchResult caption) {
        if (caption.group(1) == null) {
            return "";
        }
        Matcher attribute = CAPTION_ATTRIBUTE.matcher(caption.group(1));
        return !attribute.find() ? "" : " " + (attribute.group(1) != null ? attribute.group(1) : attribute.group(2));
    }

    /**
     * A paragraph's newlines as line breaks, as wpautop makes them: not inside a tag
     * ({@code <img src="..."\n alt="">}), nor after a {@code <br>} or beside a block element's tag (a list's items, a
     * table's rows).
     */
    private static String lineBreaks(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length() + 16);
        boolean inTag = false;
        int lastTag = -1; // where the last tag before here begins in the paragraph
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '<') {
                lastTag = i;
            }
            inTag = c == '<' || inTag && c != '>';
            if (c == '\n' && !inTag && !afterBreakOrBlock(paragraph, i, lastTag) && !isBlock(paragraph, i + 1)) {
                out.append("<br>\n");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether only spaces stand between {@code newline} and the end of a {@code <br>} or a block element's tag. */
    private static boolean afterBreakOrBlock(String paragraph, int newline, int lastTag) {
        int end = newline - 1;
        while (end >= 0 && paragraph.charAt(end) != '\n' && Character.isWhitespace(paragraph.charAt(end))) {
            end--;
        }
        if (end < 0 || paragraph.charAt(end) != '>' || lastTag < 0 || lastTag > end) {
            return false;
        }
        String name = tagName(paragraph, lastTag);
        return name != null && (name.equals("br") || BLOCKS.contains(name));
    }

    /** Whether a block element's tag begins at {@code from}, after spaces. */
    private static boolean isBlock(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (text.startsWith("<!--", start)) {
            return true;
        }
        String name = start < text.length() && text.charAt(start) == '<' ? tagName(text, start) : null;
        return name != null && BLOCKS.contains(name);
    }

    private static String tagName(String text, int at) {
        Matcher name = TAG_NAME.matcher(text).region(at, Math.min(text.length(), at + 18));
        return name.lookingAt() ? name.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
