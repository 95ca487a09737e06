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
 * site's styles and templates, nor what plugins keep as posts (contact-form messages with their senders' addresses,
 * form and field definitions, shop orders). A site's own kinds of post ({@code article}, {@code news}) are read,
 * unless exported with a {@code ?post_type=} link, as WordPress links a kind registered without a query variable of
 * its own (how plugins register what they keep private). The posts' authors are named as the site names them
 * ({@code wp:author_display_name}), not by their login ({@code dc:creator}). A post's content is as written, not as
 * WordPress shows it ({@link WordPressContent}).
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
    // how WordPress links an item of a kind registered without a query variable of its own, as plugins register the
    // kinds they keep private; a heuristic beside the list above: a public kind may be registered so too
    private static final Pattern NOT_VIEWABLE = Pattern.compile("[?&]post_type=");

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

    private String text(List<Element> markup, String name) {
        Element element = ForeignMarkup.first(markup, wp, name);
        return element == null ? "" : element.getTextTrim();
    }
}
