package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What blog and CMS templates, and pages written in other languages, put around an article's author and date, where
 * no metadata says them: a post's own footer, a theme's labels, a role in an element of its own, "Von" and
 * "Veröffentlicht am", a comment's {@code <time pubdate>}, a site's name in an {@code <h1>} of its own.
 */
class HtmlTemplateMetadataTest {

    private static final String TITLE = "<title>Quay opening delayed</title>";
    private static final String HEADLINE = "<h1>Quay opening delayed</h1>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a post's own footer (WordPress) ¦ <article class="post hentry">HEADLINE<div class="entry-content">PROSE</div><footer class="entry-footer"><span class="author vcard"><a class="url fn n" href="/author/ines/">Ines Roth</a></span></footer></article> ¦ Ines Roth
            a post footer (Blogger) ¦ <div class="post hentry">HEADLINE<div class="post-body">PROSE</div><div class="post-footer"><div class="post-footer-line"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope><span itemprop="name">Ines Roth</span></span></span></div></div></div> ¦ Ines Roth
            a date's label in a box named for the author ¦ <article>HEADLINE<span class="meta-prep meta-prep-author">Posted on</span> <span class="entry-date">May 7, 2026</span> <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/a/ir">Ines Roth</a></span>PROSE</article> ¦ Ines Roth
            a separator the template leaves after the name ¦ <article>HEADLINE<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/ir/">Ines Roth</a><div class="td-author-line"> - </div></div>PROSE</article> ¦ Ines Roth
            a label for screen readers ¦ <article>HEADLINE<div class="entry-content">PROSE</div><footer class="entry-footer"><span class="byline"><span class="author vcard"><span class="screen-reader-text">Author </span><a class="url fn n" href="/author/ines/">Ines Roth</a></span></span></footer></article> ¦ Ines Roth
            a role in an element of its own ¦ <article>HEADLINE<div class="byline"><span class="author-name">Ines Roth</span><span class="author-title">Staff Writer</span></div>PROSE</article> ¦ Ines Roth
            a role in an element of its own before the name ¦ <article>HEADLINE<div class="byline"><span class="author-role">Contributor</span><span class="author-name">Jane Doyle</span></div>PROSE</article> ¦ Jane Doyle
            Drupal's submitted line ¦ <article>HEADLINE<div class="byline">Submitted by <span class="username">Ines Roth</span></div>PROSE</article> ¦ Ines Roth
            a German class name ¦ <article>HEADLINE<div class="autor">Von Ines Roth</div>PROSE</article> ¦ Ines Roth
            a Russian label ¦ <article>HEADLINE<div class="author">Автор: Иван Петров</div>PROSE</article> ¦ Иван Петров
            a Spanish label over two names ¦ <article>HEADLINE<div class="author">Autores: Lucía Ferrer, Pablo Ruiz</div>PROSE</article> ¦ Lucía Ferrer, Pablo Ruiz
            a Czech label over two names ¦ <article>HEADLINE<div class="autor">Autoři: Jana Dvořáková, Petr Novák</div>PROSE</article> ¦ Jana Dvořáková, Petr Novák
            a Polish label over two names ¦ <article>HEADLINE<p class="author">Autorzy: Anna Nowak i Piotr Zieliński</p>PROSE</article> ¦ Anna Nowak i Piotr Zieliński
            an Italian label over two names ¦ <article>HEADLINE<p class="autore">Autori: Marco Bellini e Giulia Rossi</p>PROSE</article> ¦ Marco Bellini e Giulia Rossi
            a Swedish label ¦ <article>HEADLINE<p class="byline">Text: Erik Lindqvist</p>PROSE</article> ¦ Erik Lindqvist
            a wire's code after the names ¦ <article>HEADLINE<div class="byline">By Bronwyn Tait and Liam Fogarty | AAP</div>PROSE</article> ¦ Bronwyn Tait and Liam Fogarty
            the paper a writer writes for ¦ <article>HEADLINE<p class="author">By Gemma Thistlewood For Daily Post Online</p>PROSE</article> ¦ Gemma Thistlewood
            an organisation's capital For stays ¦ <article>HEADLINE<p class="author">Parents For Peace</p>PROSE</article> ¦ Parents For Peace
            a Korean reporter's title ¦ <article>HEADLINE<span class="byline">김민수 기자</span>PROSE</article> ¦ 김민수
            a Chinese reporter's title ¦ <article>HEADLINE<span class="author">记者 张伟</span>PROSE</article> ¦ 张伟
            a Japanese name in full-width brackets ¦ <article>HEADLINE<p class="author">（山本健一）</p>PROSE</article> ¦ 山本健一
            a role class on the name itself ¦ <article>HEADLINE<p class="byline">Written by <a class="author-title" href="/a/ir">Ines Roth</a></p>PROSE</article> ¦ Ines Roth
            names a class calls name-title ¦ <article>HEADLINE<p class="byline"><a class="name-title" href="/a/ir">Ines Roth</a> and <a class="name-title" href="/a/ob">Ola Berg</a></p>PROSE</article> ¦ Ines Roth and Ola Berg
            a credit in a post's footer is no author ¦ <article class="post">HEADLINE<div class="entry-content">PROSE</div><footer class="entry-footer"><p>Website by WebCo Design</p></footer></article> ¦ -
            French hauteur is no author ¦ <article>HEADLINE<div class="encadre hauteur-auto"><p>Le vote a été de 7 contre 2.</p></div>PROSE</article> ¦ -
            autoresize is no author ¦ <article>HEADLINE<div class="autoresize">Ines Roth</div>PROSE</article> ¦ -
            """)
    void theAuthorIsTheNameTheTemplateWritesBesideItsLabels(String rule, String body, String expected) {
        ParsedArticle article = read(TITLE, body.replace("HEADLINE", HEADLINE).replace("PROSE", PROSE));

        assertThat(article.author()).as(rule).isEqualTo(expected.equals("-") ? null : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a comment's pubdate is the comment's ¦ <article>HEADLINE<time class="entry-date" datetime="2026-05-07T16:05:22+00:00">May 7</time>PROSE</article><div id="comments"><ol class="comment-list"><li class="comment"><article><footer><time pubdate datetime="2026-05-09T19:13:00+00:00">May 9</time></footer><p>Great news.</p></article></li></ol></div> ¦ 2026-05-07T16:05:22Z
            a time under a change's label is the update's ¦ <article>HEADLINE<p>Aktualisiert am <time datetime="2026-05-08T08:15:00+02:00">8. Mai</time></p><p>Erschienen am <time datetime="2026-05-07T18:40:00+02:00">7. Mai</time></p>PROSE</article> ¦ 2026-05-07T16:40:00Z
            a time whose words are a change's ¦ <article>HEADLINE<time datetime="2026-05-08T08:15:00+02:00">Updated May 8</time> <time datetime="2026-05-07T18:40:00+02:00">May 7</time>PROSE</article> ¦ 2026-05-07T16:40:00Z
            a German label and date line ¦ <article>HEADLINE<div class="date">Veröffentlicht am 12.03.2024</div>PROSE</article> ¦ 2024-03-12T00:00:00Z
            a French date line ¦ <article>HEADLINE<div class="date">Publié le 12 mars 2024</div>PROSE</article> ¦ 2024-03-12T00:00:00Z
            a Spanish date under the headline ¦ <article><header>HEADLINE<p>12 de marzo de 2024</p></header>PROSE</article> ¦ 2024-03-12T00:00:00Z
            a Japanese date line ¦ <article>HEADLINE<div class="date">2024年3月12日 10時30分</div>PROSE</article> ¦ 2024-03-12T00:00:00Z
            a year-first date line ¦ <article>HEADLINE<span class="date">2024.03.12 10:30</span>PROSE</article> ¦ 2024-03-12T00:00:00Z
            a class that glues its word to date ¦ <article>HEADLINE<p class="storydate">March 3, 2024 at 5:14 PM EST</p>PROSE</article> ¦ 2024-03-03T22:14:00Z
            a link to an older post in the post's footer ¦ <article>HEADLINE<p class="date">March 3, 2024</p>PROSE<footer class="entry-footer"><a href="/older">Older: Quay works begin <time datetime="2024-02-01">Feb 1, 2024</time></a></footer></article> ¦ 2024-03-03T00:00:00Z
            an update's time when the page shows no other date ¦ <article>HEADLINE<p class="meta">Last updated: <time datetime="2024-03-03T18:42:10Z">March 3, 2024</time></p>PROSE</article> ¦ 2024-03-03T18:42:10Z
            a time after a bullet ¦ <article>HEADLINE<div class="date">Jun 21, 2024 • 5:03 AM ET</div>PROSE</article> ¦ 2024-06-21T09:03:00Z
            """)
    void theDateIsThePublicationsAsTheTemplateShowsIt(String rule, String body, String expected) {
        ParsedArticle article = read(TITLE, body.replace("HEADLINE", HEADLINE).replace("PROSE", PROSE));

        assertThat(article.publishedAt()).as(rule).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a site's name in an h1 of its own ¦ Ferry brings timber to the island | Island Post ¦ <header><h1 class="site-title"><a href="/">Island Post</a></h1></header><article><h1 class="entry-title">Ferry brings timber to the island</h1>PROSE</article> ¦ Ferry brings timber to the island ¦ Island Post
            a site's h1 linking to its front page ¦ Garage Days | Restoring a 1962 Hillman Minx ¦ <h1><a href="https://garage.example/">Garage Days</a></h1><article><h1>Restoring a 1962 Hillman Minx</h1>PROSE</article> ¦ Restoring a 1962 Hillman Minx ¦ Garage Days
            a Chinese title's unspaced hyphen: the site named, the title whole ¦ 青川县启动春季植树造林行动 计划新增林地两万亩-新华网 ¦ <article><h1>青川县启动春季植树造林行动 计划新增林地两万亩</h1>PROSE</article> ¦ 青川县启动春季植树造林行动 计划新增林地两万亩-新华网 ¦ 新华网
            a Chinese title's channel and site: the site named, the title whole ¦ 东湖区推出老旧小区加装电梯服务--地方--人民网 ¦ <article><h1>东湖区推出老旧小区加装电梯服务</h1>PROSE</article> ¦ 东湖区推出老旧小区加装电梯服务--地方--人民网 ¦ 人民网
            a Japanese title's colons: the site named, the title whole ¦ 市営バス、４月から３路線を廃止：地域ニュース：みなと新報 ¦ <article><h1>市営バス、４月から３路線を廃止</h1>PROSE</article> ¦ 市営バス、４月から３路線を廃止：地域ニュース：みなと新報 ¦ みなと新報
            a post on the front page links its headline home ¦ Ferry brings timber to the island - Island Post ¦ <article><h1><a href="https://islandpost.example/">Ferry brings timber to the island</a></h1>PROSE</article> ¦ Ferry brings timber to the island ¦ Island Post
            a speaker's colon is the headline's ¦ 专家：房价将在明年企稳 ¦ <article>PROSE</article> ¦ 专家：房价将在明年企稳 ¦ -
            """)
    void theHeadlineAndTheSiteAreTheTitlesParts(String rule, String title, String body, String headline, String site) {
        ParsedArticle article = read("<title>" + title + "</title>", body.replace("PROSE", PROSE));

        assertThat(article.title()).as(rule).isEqualTo(headline);
        assertThat(article.source()).as(rule).isEqualTo(site.equals("-") ? null : site);
    }
}
