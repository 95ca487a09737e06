package dev.newsflow.formats.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A WordPress export (WXR: RSS 2.0 with WordPress's {@code wp:} vocabulary, what Tools → Export writes), which holds
 * a site's every item, not only its articles. Only published posts are read: not its pages, drafts, scheduled,
 * private or password-protected posts, nor the entries WordPress keeps for an uploaded image, a menu link or the
 * site's styles and templates; a site's or a plugin's own kinds of post ({@code article}, {@code news}) are read. The
 * posts' authors are named as the site names them ({@code wp:author_display_name}), not by their login
 * ({@code dc:creator}). A post's content is as written, not as WordPress shows it ({@link #content}).
 */
final class WordPressExport {

    private static final Pattern NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/1\\.\\d+/?");
    // WordPress's own kinds of item that are no article
    private static final Set<String> NOT_ARTICLES = Set.of("page", "attachment", "nav_menu_item", "revision",
            "custom_css", "customize_changeset", "oembed_cache", "user_request", "wp_block", "wp_template",
            "wp_template_part", "wp_global_styles", "wp_navigation", "wp_font_family", "wp_font_face");
    // blocks WordPress's wpautop leaves as they are, rather than wrapping them in a paragraph
    private static final Pattern BLOCK = Pattern.compile("(?is)\\s*<(?:p|div|h[1-6]|ul|ol|li|blockquote|pre|table"
            + "|figure|hr|dl|section|article|aside|address|form|iframe|script|style)[\\s>/]|\\s*<!--");
    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\r?\\n");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)<p[\\s>]");
    // core's shortcodes: media ([embed]URL[/embed], a gallery, a player) go whole; a [caption] keeps its words
    // (bounded: what a shortcode holds is an address or a few attributes, and an unclosed one is not read to the end)
    private static final Pattern MEDIA_SHORTCODE = Pattern.compile(
            "(?i)\\[(embed|video|audio|playlist|gallery)\\b[^\\]\\[]{0,2000}\\](?:[^\\[]{0,2000}\\[/\\1\\])?");
    private static final Pattern CAPTION_SHORTCODE = Pattern.compile("(?i)\\[/?(?:wp_)?caption\\b[^\\]\\[]{0,2000}\\]");

    private final Namespace wp;
    private final Map<String, String> displayNames;

    private WordPressExport(Namespace wp, Map<String, String> displayNames) {
        this.wp = wp;
        this.displayNames = displayNames;
    }

    /** @return the export's reading, or null when {@code feed} is no WordPress export */
    static WordPressExport of(SyndFeed feed) {
        Namespace wp = null;
        Map<String, String> displayNames = new HashMap<>();
        for (Element element : feed.getForeignMarkup()) {
            if (!NAMESPACE.matcher(element.getNamespaceURI()).matches()) {
                continue;
            }
            wp = element.getNamespace();
            if (element.getName().equals("author")) {
                String login = element.getChildTextNormalize("author_login", wp);
                String name = element.getChildTextNormalize("author_display_name", wp);
                if (login != null && !login.isEmpty() && name != null && !name.isEmpty()) {
                    displayNames.put(login, name);
                }
            }
        }
        return wp == null ? null : new WordPressExport(wp, Map.copyOf(displayNames));
    }

    /** Whether the item is a published post, which a site's readers read. */
    boolean isArticle(SyndEntry entry) {
        List<Element> markup = entry.getForeignMarkup();
        String type = text(markup, "post_type");
        String status = text(markup, "status");
        String password = text(markup, "post_password");
        return (type.isEmpty() || !NOT_ARTICLES.contains(type)) && (status.isEmpty() || status.equals("publish"))
                && password.isEmpty();
    }

    /** The names of the item's authors as the site shows them, joined as {@link ItemAuthors} joins; else null. */
    String authors(SyndEntry entry) {
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String login : dc.getCreators()) {
            String name = login == null ? "" : displayNames.getOrDefault(login.strip(), login.strip());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * A post's content as HTML, as WordPress shows it: core's shortcodes are markup for media and captions, never the
     * article's words, and a post the classic editor wrote, with no {@code <p>}, keeps its paragraphs as blank lines,
     * which WordPress makes paragraphs only when it shows the post (its {@code wpautop}; the block editor writes
     * {@code <p>}s).
     */
    static String content(String html) {
        String text = CAPTION_SHORTCODE.matcher(MEDIA_SHORTCODE.matcher(html).replaceAll("")).replaceAll("");
        if (PARAGRAPH.matcher(text).find()) {
            return text;
        }
        StringBuilder paragraphs = new StringBuilder(text.length() + 64);
        for (String chunk : BLANK_LINES.split(text)) {
            if (chunk.isBlank()) {
                continue;
            }
            if (BLOCK.matcher(chunk).lookingAt()) {
                paragraphs.append(chunk).append('\n');
            } else {
                paragraphs.append("<p>").append(chunk.strip()).append("</p>\n");
            }
        }
        return paragraphs.toString();
    }

    private String text(List<Element> markup, String name) {
        Element element = ForeignMarkup.first(markup, wp, name);
        return element == null ? "" : element.getTextTrim();
    }
}
