package dev.newsflow.formats.html;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.html.metadata.MetaTags;
import dev.newsflow.formats.html.metadata.PageMetadata;
import dev.newsflow.formats.text.DecodedText;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * {@code .html}, {@code .htm}, {@code .xhtml}, {@code .xht}: one article page. Metadata comes from
 * {@link PageMetadata} (JSON-LD, meta tags, markup), the body from {@link MainContent} (Readability's scoring). A
 * page where the first pass finds less than {@value #MIN_BODY} characters is read again without judging class
 * names, and a much longer text wins: pages whose article sits in a container with an unlucky class name still give
 * their text. A page still that short after both passes, whose declared main region holds several times more text,
 * is read as that region ({@link MainRegion}).
 */
public final class HtmlArticleReader implements ArticleReader {

    public static final String FORMAT = "html";
    private static final int MIN_BODY = 500;
    // A retry that finds only a little more has found furniture the first pass rightly left out, not the article.
    private static final double RETRY_GAIN = 1.5;
    // The declared main region taken whole wins only when it holds several times what scoring found.
    private static final double REGION_GAIN = 3;

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        return read(DecodedText.of(text), limits);
    }

    @Override
    public FormatResult read(DecodedText text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        Document page = parse(text);
        MetaTags tags = new MetaTags(page);
        PageMetadata meta = PageMetadata.of(page, tags);
        HtmlText.Rendered body = MainContent.of(page.body(), meta.title(), true, tags.articleHolders()::contains,
                tags.holdsHeadline());
        if (body.length() < MIN_BODY) {
            body = shortPage(text, meta, body);
        }
        out.addCleanBody(new ArticleCollector.Fields(meta.title(), body.clean(), meta.siteName(), meta.url(),
                meta.author(), meta.publishedAt(), meta.language()), ArticleCollector.RecordLocation.document());
        return out.result();
    }

    /**
     * The retry and the main region, each on the page as parsed, for a page where the first pass found little. The
     * first pass cut its tree, so the page is parsed once more; the region, when the page has one to read, gets a
     * copy taken before the retry cuts that tree too (a copy costs about a fifth of a parse).
     */
    private static HtmlText.Rendered shortPage(DecodedText text, PageMetadata meta, HtmlText.Rendered first) {
        Document page = parse(text);
        Document regionPage = MainRegion.applies(page) ? page.clone() : null;
        HtmlText.Rendered body = first;
        HtmlText.Rendered retry = MainContent.of(page.body(), meta.title(), false, null, null);
        if (retry.length() > body.length() * RETRY_GAIN) {
            body = retry;
        }
        if (body.length() < MIN_BODY && regionPage != null) {
            HtmlText.Rendered region = MainRegion.of(regionPage);
            if (region.length() > body.length() * REGION_GAIN) {
                body = region;
            }
        }
        return body;
    }

    /** What {@code Jsoup.parse(text)} gives, read from the text's own bytes when it has them. */
    private static Document parse(DecodedText text) {
        return FramesetPage.withNoFramesBody(Parser.htmlParser().parseInput(text.reader(), ""));
    }
}
