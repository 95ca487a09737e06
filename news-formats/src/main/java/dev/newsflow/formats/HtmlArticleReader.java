package dev.newsflow.formats;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Objects;

/**
 * {@code .html} / {@code .htm}: one article page. Title from {@code og:title}, else {@code <title>}, else the first
 * {@code <h1>}; body from {@code <article>}, {@code <main>} or the page body, without navigation, scripts, ads and
 * footers; author, site name, published time, canonical URL and language from the usual meta tags.
 */
final class HtmlArticleReader implements ArticleReader {

    static final String FORMAT = "html";
    private static final List<String> CONTENT_ROOTS = List.of("article", "[itemprop=articleBody]", "main", "[role=main]");

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        Document page = Jsoup.parse(text);
        String title = firstNonBlank(meta(page, "og:title"), meta(page, "twitter:title"), page.title(),
                page.selectFirst("h1") == null ? null : page.selectFirst("h1").text());
        Element content = CONTENT_ROOTS.stream().map(page::selectFirst).filter(Objects::nonNull).findFirst()
                .orElse(page.body());
        Element headline = content.selectFirst("h1");
        if (headline != null && headline.text().strip().equals(title == null ? "" : title.strip())) {
            headline.remove();
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        out.add(new ArticleCollector.Fields(title, HtmlText.paragraphs(content),
                        firstNonBlank(meta(page, "og:site_name"), meta(page, "publisher")),
                        firstNonBlank(canonical == null ? null : canonical.attr("href"), meta(page, "og:url")),
                        firstNonBlank(meta(page, "author"), meta(page, "article:author")),
                        Dates.parse(firstNonBlank(meta(page, "article:published_time"), meta(page, "date"),
                                timeOf(page))).orElse(null),
                        firstNonBlank(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                                meta(page, "og:locale"))),
                ArticleCollector.RecordLocation.document());
        return out.result();
    }

    /** Meta tags use {@code property} (Open Graph) or {@code name} (everything else) interchangeably in the wild. */
    private static String meta(Document page, String key) {
        Element tag = page.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"]");
        return tag == null ? null : tag.attr("content");
    }

    private static String timeOf(Document page) {
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
