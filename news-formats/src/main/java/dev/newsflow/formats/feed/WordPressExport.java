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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WordPress export (WXR: RSS 2.0 with WordPress's {@code wp:} vocabulary, what Tools → Export writes), which holds
 * a site's every item, not only its articles. Only published posts are read: not its pages, drafts, scheduled,
 * private or password-protected posts, nor the entries WordPress keeps for an uploaded image, a menu link or the
 * site's styles and templates, nor what plugins keep as posts (contact-form messages with their senders' addresses,
 * form and field definitions, shop orders). A site's own kinds of post ({@code article}, {@code news}) are read when
 * they have a page of their own: WordPress exports an item of a kind nobody can view with a link to
 * {@code ?post_type=...}. The posts' authors are named as the site names them ({@code wp:author_display_name}), not by
 * their login ({@code dc:creator}). A post's content is as written, not as WordPress shows it ({@link #content}).
 */
final class WordPressExport {

    private static final Pattern NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/1\\.\\d+/?");
    // WordPress's own kinds of item that are no article, and common plugins' (Jetpack's form messages, ACF's field
    // definitions, Contact Form 7's forms, Elementor's templates, WooCommerce's shop), public or not
    private static final Set<String> NOT_ARTICLES = Set.of("page", "attachment", "nav_menu_item", "revision",
            "custom_css", "customize_changeset", "oembed_cache", "user_request", "wp_block", "wp_template",
            "wp_template_part", "wp_global_styles", "wp_navigation", "wp_font_family", "wp_font_face", "feedback",
            "acf-field-group", "acf-field", "wpcf7_contact_form", "elementor_library", "product", "product_variation",
            "shop_order", "shop_coupon");
    private static final Pattern NOT_VIEWABLE = Pattern.compile("[?&]post_type=");
    // blocks WordPress's wpautop leaves as they are, rather than wrapping them in a paragraph
    private static final Pattern BLOCK = Pattern.compile("(?is)\\s*<(?:p|div|h[1-6]|ul|ol|li|blockquote|pre|table"
            + "|figure|hr|dl|section|article|aside|address|form|iframe|script|style)[\\s>/]|\\s*<!--");
    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\r?\\n");
    // the block editor's content: paragraphs are <p>s, blank lines between blocks are not paragraphs
    private static final String BLOCK_EDITOR = "<!-- wp:";
    // core's and Jetpack's (WordPress.com's) shortcodes: media, embeds and forms ([embed]URL[/embed], [youtube=URL],
    // a gallery, a player, a contact form and its fields) go whole; a [caption] keeps its words, written between its
    // tags or, before WordPress 3.4, in its caption="..."; [[gallery]] is how a post writes "[gallery]" itself.
    // Bounded: a shortcode holds an address or a few attributes, and an unclosed one is not read to the text's end
    private static final String MEDIA = "embed|video|audio|playlist|gallery|youtube|vimeo|dailymotion|soundcloud"
            + "|spotify|instagram|tweet|twitter|googlemaps|slideshow|polldaddy|contact-form|contact-field";
    private static final Pattern MEDIA_SHORTCODE = Pattern.compile("(?i)(?<!\\[)\\[(" + MEDIA
            + ")\\b[^\\]\\[]{0,2000}\\](?:[^\\[]{0,2000}\\[/\\1\\])?");
    private static final Pattern ESCAPED_SHORTCODE = Pattern.compile("(?i)\\[(\\[/?(?:" + MEDIA
            + "|caption|wp_caption)\\b[^\\]\\[]{0,2000}\\])\\]");
    private static final Pattern CAPTION_SHORTCODE = Pattern.compile(
            "(?i)(?<!\\[)\\[(?:wp_)?caption\\b([^\\]\\[]{0,2000})\\]|\\[/(?:wp_)?caption\\](?!\\])");
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("\\bcaption=\"([^\"]*)\"");

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
        boolean kind = type.isEmpty() || type.equals("post") || !NOT_ARTICLES.contains(type)
                && (entry.getLink() == null || !NOT_VIEWABLE.matcher(entry.getLink()).find());
        return kind && (status.isEmpty() || status.equals("publish")) && password.isEmpty();
    }

    /** The names of the item's authors as the site shows them, joined as {@link ItemAuthors} joins; else null. */
    String authors(SyndEntry entry) {
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String login : dc.getCreators()) {
            // WordPress stores a display name HTML-escaped ("Staff &amp; Wire"): read as any feed's author is
            ItemAuthors.add(names, login == null ? null : displayNames.getOrDefault(login.strip(), login.strip()));
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * A post's content as HTML, as WordPress shows it: shortcodes are markup for media, forms and captions, never the
     * article's words, and a post the classic editor wrote keeps its paragraphs as blank lines and its line breaks as
     * newlines, which WordPress makes paragraphs and breaks only when it shows the post (its {@code wpautop}; the
     * block editor writes {@code <p>}s).
     */
    static String content(String html) {
        String text = MEDIA_SHORTCODE.matcher(html).replaceAll("");
        text = CAPTION_SHORTCODE.matcher(text).replaceAll(caption -> {
            Matcher attribute = caption.group(1) == null ? null : CAPTION_ATTRIBUTE.matcher(caption.group(1));
            return attribute != null && attribute.find() ? Matcher.quoteReplacement(" " + attribute.group(1)) : "";
        });
        text = ESCAPED_SHORTCODE.matcher(text).replaceAll(escaped -> Matcher.quoteReplacement(escaped.group(1)));
        if (text.contains(BLOCK_EDITOR)) {
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
                paragraphs.append("<p>").append(lineBreaks(chunk.strip())).append("</p>\n");
            }
        }
        return paragraphs.toString();
    }

    /** A paragraph's newlines as line breaks, but for those inside a tag ({@code <img src="..."\n alt="">}). */
    private static String lineBreaks(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length() + 16);
        boolean inTag = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            inTag = c == '<' || inTag && c != '>';
            if (c == '\n' && !inTag) {
                out.append("<br>\n");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String text(List<Element> markup, String name) {
        Element element = ForeignMarkup.first(markup, wp, name);
        return element == null ? "" : element.getTextTrim();
    }
}
