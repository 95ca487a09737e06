package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.newsflow.formats.Fixtures.PROSE;
import static dev.newsflow.formats.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What templates put in the byline's box beside the name is no part of it: the writer's social handle and account
 * name, buttons and links to their archive, reading times, counts and times, a copy of the name for screen readers,
 * the section the story is filed in.
 */
class HtmlBylineBesideTheNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a handle glued to the name ¦ <div class="byline">by <a href="/authors/ines-roth">Ines Roth</a><a class="handle" href="https://twitter.com/inesroth">@inesroth</a></div> ¦ Ines Roth
            a handle after a bar ¦ <div class="source" itemprop="author"><a rel="author" href="/people/ola-berg/">Ola Berg</a> | <a href="https://x.com/olaberg">@olaberg</a></div> ¦ Ola Berg
            a handle after a bullet ¦ <p class="article__byline">By <a href="/author/ines-roth/">Ines Roth</a><span>•</span><a href="https://x.com/iroth">@iroth</a></p> ¦ Ines Roth
            a follow button ¦ <div class="byline">Ines Roth Follow @inesroth</div> ¦ Ines Roth
            an account name in lower case ¦ <div class="author-byline"><div class="author-name">Ola Berg</div><div>(<a href="/profile/olaberg/">olaberg</a>)</div></div> ¦ Ola Berg
            a social account named without its at ¦ <div class="byline-details"><a class="byline-details__link" href="/staff/ZX81/ines-roth">Ines Roth</a> <a href="https://twitter.com/inesroth">inesroth</a></div> ¦ Ines Roth
            an e-mail address ¦ <p class="byline">Ines Roth | iroth@harbour.example</p> ¦ Ines Roth
            a reading time ¦ <div class="post__byline"><cite>By Ines Roth</cite><span>5 minute read</span></div> ¦ Ines Roth
            a date, a time ago and a comment count ¦ <div class="author"><a href="/author/ines-roth/">Ines Roth</a> <span>04.05.26</span> <span>12 mins ago</span> <a href="#comments">2 Comments</a></div> ¦ Ines Roth
            a handle and a comment count ¦ <div class="byline">By Ola Berg on @olaberg 76Comments</div> ¦ Ola Berg
            links to the archive and the feed ¦ <div id="author-byline"><p class="byline">By Ola Berg</p><ul><li><a href="/author/ola-berg/">View author archive</a></li><li><a href="/author/ola-berg/feed/">Get author RSS feed</a></li></ul></div> ¦ Ola Berg
            a more-stories link ¦ <address class="byline">by <div class="author"> Ines Roth <div class="author__modal"><a href="/authors/X1/ines-roth" rel="author">More stories by Ines Roth</a></div></div></address> ¦ Ines Roth
            print and e-mail buttons ¦ <div class="byline">By Ola Berg Print E-mail</div> ¦ Ola Berg
            block and follow buttons ¦ <div class="byline">Ines Roth BlockedUnblock FollowFollowing</div> ¦ Ines Roth
            the name again for screen readers ¦ <li class="byline"><span class="visually-hidden">Author: Ola Berg.</span> <span><a href="/author/ola_berg/">Ola Berg</a></span> <span>Science</span></li> ¦ Ola Berg
            the name twice without a space ¦ <div class="byline"><span class="a">Ines Roth</span><span class="b">Ines Roth</span></div> ¦ Ines Roth
            the story's section after in ¦ <span class="byline"><span class="vcard author">by <a href="/author/Ines%20Roth">Ines Roth</a></span> in <a href="/harbour" rel="tag">Harbour</a> on <abbr class="published" title="May 4, 2026 10:15 am">May 4, 2026 10:15 am</abbr></span> ¦ Ines Roth
            a symbol before by ¦ <a rel="author" href="/author/desk" class="icon-link"><span class="icon">👤</span>by <span>Harbour News Desk</span></a> ¦ Harbour News Desk
            updated by ¦ <div class="byline">Updated by <a href="/authors/ines-roth">Ines Roth</a></div> ¦ Ines Roth
            an update time after the desk ¦ <p class="byline">By Ines Roth, Harbour Gazette Updated 9:55 AM ET</p> ¦ Ines Roth, Harbour Gazette
            handles in brackets after two names ¦ <p class="byline">By Ines Roth (@inesroth) and Ola Berg (@olaberg)</p> ¦ Ines Roth and Ola Berg
            a handle in brackets before a second writer ¦ <p class="byline">By Ines Roth (@inesroth), Ola Berg</p> ¦ Ines Roth, Ola Berg
            an address before the name in brackets ¦ <meta name="author" content="iroth@harbour.example (Ines Roth)"> ¦ Ines Roth
            an address in angle brackets ¦ <meta name="author" content="Ines Roth <iroth@harbour.example>"> ¦ Ines Roth
            an icon with a variation selector ¦ <p class="byline">✍️ By Ines Roth</p> ¦ Ines Roth
            a clock time before the name ¦ <p class="byline">09:39 Ines Roth</p> ¦ Ines Roth
            a time of day and a comma before the name ¦ <p class="byline">9:39 AM, Ines Roth</p> ¦ Ines Roth
            a date and a time before by ¦ <p class="byline">04/05/2026 09:39 – By Ines Roth</p> ¦ Ines Roth
            a name without spaces and its time ¦ <div class="author">李小红2026-05-04 14:27:02 74</div> ¦ 李小红
            a job after a comma ¦ <p class="byline">By Ines Roth, Health Correspondent</p> ¦ Ines Roth
            two writers and their job ¦ <p class="byline">By Ines Roth and Ola Berg, Staff Writers</p> ¦ Ines Roth and Ola Berg
            a role with in ¦ <span class="byline">By Ines Roth, Editor in Chief</span> ¦ Ines Roth
            a news agency after a comma ¦ <p class="byline">By INES ROTH, Associated Press</p> ¦ INES ROTH
            a declared name with its job ¦ <meta name="author" content="By Ines Roth, Staff Writer"> ¦ Ines Roth
            a photographer on the next line ¦ <div class="byline">By Ines Roth<br>Photography by Ola Berg</div> ¦ Ines Roth
            one writer of words and photos ¦ <p class="byline">Story and photos by Ines Roth</p> ¦ Ines Roth
            an illustrator after a bar ¦ <div class="byline">Words by Ines Roth | Illustrations by Ola Berg</div> ¦ Ines Roth
            a photographer's label after a bar ¦ <p class="byline">Text: Ines Roth | Fotos: Ola Berg</p> ¦ Ines Roth
            a photographer's label after a space ¦ <p class="byline">Text: Ines Roth Foto: Ola Berg</p> ¦ Ines Roth
            a picture editor's label after a dot ¦ <p class="auteur">Tekst: Ines Roth · Beeld: Ola Berg</p> ¦ Ines Roth
            a medical reviewer on the next line ¦ <div class="article-authors"><p>Written by Ines Roth</p><p>Medically reviewed by Ola Berg, MD</p></div> ¦ Ines Roth
            a fact checker after a bar ¦ <p class="byline">By Ines Roth | Fact checked by Ola Berg</p> ¦ Ines Roth
            a date in an element of its own, no space before it ¦ <div class="author"><a href="/a/ines-roth">Ines Roth</a><span class="date">May 4, 2026</span></div> ¦ Ines Roth
            a day-first date in a span of its own ¦ <div class="byline"><span class="byline__name">Ines Roth</span><span>4 May 2026</span></div> ¦ Ines Roth
            a linked date and a bar before the name ¦ <div class="article-byline"><span class="pubdate"><a href="/2026/may/04">May 4, 2026</a></span><span class="separator">|</span><span>Ines Roth</span></div> ¦ Ines Roth
            an author box that tells about the writer ¦ <div class="author-box"><h4>About the author</h4><p><a href="/author/ines-roth" rel="author">Ines Roth</a> is a port reporter and writes about ships.</p></div> ¦ Ines Roth
            an author box linking the archive page ¦ <div class="post-author"><p>Written by <a href="/author/ines-roth/">Ines Roth</a>, who has covered the harbour for the paper since 2019.</p></div> ¦ Ines Roth
            a date after posted ¦ <span class="caption">By <a href="/editor/ines-roth" rel="author">Ines Roth</a> posted <span class="post_time">May 4th 2026 7:30PM</span></span> ¦ Ines Roth
            """)
    void onlyTheNameIsTheAuthor(String rule, String byline, String expected) {
        aNameKeepsItsParts(rule, byline, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            initials in brackets ¦ <span class="byline">By Jan (J.P.) Olsen</span> ¦ Jan (J.P.) Olsen
            a colleague in brackets ¦ <span class="byline">Ines Roth (with Ola Berg)</span> ¦ Ines Roth (with Ola Berg)
            a particle at the end ¦ <meta name="author" content="Olsen, J.; Jong, Michiel de"> ¦ Olsen, J.; Jong, Michiel de
            one name ¦ <span class="byline">By Paula</span> ¦ Paula
            an account name alone ¦ <meta name="author" content="inesroth"> ¦ inesroth
            a surname that starts like a button ¦ <span class="byline">By Ines Getty</span> ¦ Ines Getty
            two writers ¦ <p class="byline">By Ines Roth and Ola Berg</p> ¦ Ines Roth and Ola Berg
            a first name that is the surname too ¦ <span class="byline">By Li Li</span> ¦ Li Li
            a repeated first name and a second writer ¦ <span class="byline">By Yang Yang and Ines Roth</span> ¦ Yang Yang and Ines Roth
            a surname that starts with the first name ¦ <span class="byline">Boutros Boutros-Ghali</span> ¦ Boutros Boutros-Ghali
            two writers whose names start alike ¦ <span class="byline">Ola Berg, Ola Bergström</span> ¦ Ola Berg, Ola Bergström
            a channel's number ¦ <meta name="author" content="France 24"> ¦ France 24
            a station's number ¦ <span class="byline">By NRK P3</span> ¦ NRK P3
            a writer of a numbered channel ¦ <span class="byline">By Ines Roth, Channel 4 News</span> ¦ Ines Roth, Channel 4 News
            an at sign inside a name ¦ <meta name="author" content="Knowledge@Wharton"> ¦ Knowledge@Wharton
            a button word inside a name ¦ <meta name="author" content="ThePrint Team"> ¦ ThePrint Team
            a place with a button word ¦ <span class="byline">Mountain View Voice Staff</span> ¦ Mountain View Voice Staff
            a column with a button word ¦ <span class="byline">By Ines Roth, The View</span> ¦ Ines Roth, The View
            a surname that is a button word ¦ <span class="byline">By Anna Print</span> ¦ Anna Print
            a name inverted ¦ <meta name="author" content="Roth, Ines"> ¦ Roth, Ines
            a one-word name and a job ¦ <span class="byline">By Paula, Staff Writer</span> ¦ Paula, Staff Writer
            a magazine with in ¦ <meta name="author" content="Made in Germany Magazin"> ¦ Made in Germany Magazin
            two writers and their places ¦ <span class="byline">By Ines Roth in Paris and Ola Berg in London</span> ¦ Ines Roth in Paris and Ola Berg in London
            a name ending in In ¦ <span class="byline">By Yoo Ah In</span> ¦ Yoo Ah In
            a surname that is a date label ¦ <span class="byline">By Kimiko Date</span> ¦ Kimiko Date
            a plus before a name ¦ <meta name="author" content="+972 Magazine"> ¦ +972 Magazine
            a name opening with a week ¦ <span class="byline">By 24/7 Wall St.</span> ¦ 24/7 Wall St.
            a name opening with a ratio ¦ <span class="byline">By 16:9 Magazine</span> ¦ 16:9 Magazine
            a station named by its frequency ¦ <meta name="author" content="102.7 KIIS FM"> ¦ 102.7 KIIS FM
            a name opening with a model number ¦ <span class="byline">By 5.11 Tactical</span> ¦ 5.11 Tactical
            a name opening with a phone prefix ¦ <span class="byline">By 1-800 Contacts Team</span> ¦ 1-800 Contacts Team
            a ratio after a by of another language ¦ <span class="byline">Af 16:9 Redaktionen</span> ¦ 16:9 Redaktionen
            """)
    void aNameKeepsItsParts(String rule, String byline, String expected) {
        boolean inHead = byline.startsWith("<meta");
        ParsedArticle article = read("<title>Quay opening delayed</title>" + (inHead ? byline : ""),
                "<article>" + (inHead ? "" : byline) + PROSE + "</article>");

        assertThat(article.author()).as(rule).isEqualTo(expected);
    }
}
