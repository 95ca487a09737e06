package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that mark no date at all, neither in metadata nor by a class, but show it as a bare item of the article's
 * header, beside the headline: "By Kathy Wise · Published in Sports · May 7, 2026 · 2:24 pm".
 */
class HtmlHeaderDateTest {

    private static final String TITLE = "<title>Quay opening delayed</title>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an info row of items ¦ <header class="story__header"><h2 class="category"><a href="/sports">Sports</a></h2><h1 class="story__title">Quay opening delayed</h1><div class="story__info"><span class="item">By <a href="/author/kw">Kathy Wise</a></span><span class="item">Published in <a href="/s/port">Port</a></span><span class="item"> May 7, 2026 </span><span class="item">2:24 pm</span></div></header> ¦ 2026-05-07T00:00:00Z
            a dek and a date under the headline ¦ <div class="entry-head"><h1>Quay opening delayed</h1><p class="dek">Steel is short, and so is patience.</p><p>7 May 2026</p></div> ¦ 2026-05-07T00:00:00Z
            an updated label is not the publication ¦ <div class="entry-head"><h1>Quay opening delayed</h1><p>Updated May 9, 2026</p></div> ¦ -
            a date in the text is not the header's ¦ <div class="entry-head"><h1>Quay opening delayed</h1></div><p>May 7, 2026</p> ¦ -
            a date below the first paragraph is the text's ¦ <h1>Quay opening delayed</h1><p>Crews at the harbour have waited all spring for the steel that the new quay needs.</p><p>May 7, 2026</p> ¦ -
            a labelled date before the text ¦ <h1>Quay opening delayed</h1><p>Published: May 7, 2026</p> ¦ 2026-05-07T00:00:00Z
            a related story's date is not the article's ¦ <h1>Quay opening delayed</h1><aside class="related"><ul><li><a href="/b">Ferry strike ends</a></li><li>May 1, 2026</li></ul></aside> ¦ -
            a date after an updated label is the update's ¦ <div class="entry-head"><h1>Quay opening delayed</h1><p><span>Updated</span><span>May 9, 2026</span></p></div> ¦ -
            an untagged aside of other stories ¦ <h1>Quay opening delayed</h1><aside><ul><li><a href="/b">Ferry strike ends</a></li><li>May 1, 2026</li></ul></aside><p>Crews at the harbour have waited all spring for the steel.</p> ¦ -
            a sign-off date after a body of divs ¦ <div class="entry"><h1>Quay opening delayed</h1><div>Crews at the harbour have waited all spring for the steel, and the council now says the quay will open in the autumn at the earliest.</div><div>June 1, 2026</div></div> ¦ -
            a ticker's date before the headline ¦ <main><div class="ticker"><span>May 2, 2026</span></div><h1>Quay opening delayed</h1><p>Crews at the harbour have waited all spring for the steel.</p></main> ¦ -
            a box named for the update ¦ <div class="entry-head"><h1>Quay opening delayed</h1><div class="updated-date"><span>May 9, 2026</span></div></div> ¦ -
            a kicker word that only starts like a change ¦ <header><h1>Quay opening delayed</h1><div class="meta"><span>Revisiting the harbour</span><span>May 7, 2026</span></div></header> ¦ 2026-05-07T00:00:00Z
            an event line that starts with a date ¦ <div class="entry-head"><h1>Quay opening delayed</h1><ul><li>June 20, 2026 – Main stage</li></ul></div> ¦ -
            a box whose class only holds "intro" inside a word ¦ <div class="introduction"><h1>Quay opening delayed</h1><p>Crews at the harbour have waited all spring for the steel that the new quay needs.</p><p>June 1, 2026</p></div> ¦ -
            a camel-case header box ¦ <div class="ArticleHead_wrap__x1"><h1>Quay opening delayed</h1><p class="dek">Steel is short, and so is patience.</p><p>7 May 2026</p></div> ¦ 2026-05-07T00:00:00Z
            a header box named for its headline ¦ <div class="articleHeadline"><h1>Quay opening delayed</h1><p class="dek">Steel is short, and so is patience.</p><p>7 May 2026</p></div> ¦ 2026-05-07T00:00:00Z
            the byline and the date as short paragraphs ¦ <h1>Quay opening delayed</h1><div class="article-meta"><p>Written by Ines Roth</p><p>Published 7 May 2026</p></div> ¦ 2026-05-07T00:00:00Z
            an update's line with its date before the publication's ¦ <h1>Quay opening delayed</h1><div class="article-meta"><p>Last updated: 12 May 2026</p><p>First published: 7 May 2026</p></div> ¦ 2026-05-07T00:00:00Z
            a short first paragraph of the text, then the text ¦ <h1>Quay opening delayed</h1><p>HARBOURTOWN —</p><p>Crews at the harbour have waited all spring for the steel that the new quay needs.</p><p>May 7, 2026</p> ¦ -
            a layout module's meta row ¦ <header class="mod-header"><h1>Quay opening delayed</h1><div class="mod-meta"><span>By Ines Roth</span><span>May 7, 2026</span></div></header> ¦ 2026-05-07T00:00:00Z
            """)
    void aBareDateBesideTheHeadlineIsThePublicationDay(String rule, String header, String expected) {
        ParsedArticle article = read(TITLE, "<article>" + header + PROSE + "</article>");

        assertThat(article.publishedAt()).as(rule)
                .isEqualTo(expected.equals("-") ? null : Instant.parse(expected));
    }
}
