package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.html.names.Alternatives;
import dev.newsflow.formats.html.names.ClassAndId;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * An {@code <h1>} that is the site's name, not the article's headline: blog themes (WordPress's Twenty Eleven and
 * Twelve, block themes' Site Title) write the site's name in an {@code <h1>} on every page, before the post's. Its
 * class or its box's says so ({@code site-title}, {@code logo}, {@code site-branding}; not "masthead", which
 * newspapers give the article's header too), or, outside the article, it is a link to the site's front page.
 */
final class SiteHeading {

    private static final Alternatives SITE_NAMES =
            Alternatives.of("site-?(?:title|name|branding|logo)|(?:^|[\\s_-])logo(?:$|[\\s_-])");
    private static final Pattern FRONT_PAGE = Pattern.compile("(?i)(?:https?://[^/?#]+)?/?(?:index\\.\\w+)?");

    private SiteHeading() {
    }

    static boolean is(Element heading) {
        if (SITE_NAMES.in(ClassAndId.of(heading)) || heading.parent() != null
                && SITE_NAMES.in(ClassAndId.of(heading.parent()))) {
            return true;
        }
        // a link home only outside the article: a post on the front page links its headline there too
        Element link = heading.selectFirst("a[href]");
        return link != null && link.text().strip().equals(heading.text().strip())
                && FRONT_PAGE.matcher(link.attr("href").strip()).matches()
                && heading.closest("article, main, [role=main]") == null;
    }
}
