package dev.newsflow.formats.json;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonArticleReaderTest {

    @Test
    void anArrayUsesEveryFieldAliasAndReportsTheUnusableRecord() {
        FormatResult result = Fixtures.read("articles.json");

        assertThat(result.format()).isEqualTo("json");
        assertThat(result.articles()).extracting(ParsedArticle::title)
                .containsExactly("Orchard growers report early blossom", "Night trains return to the mountain line");
        ParsedArticle first = result.articles().getFirst();
        assertThat(first.source()).isEqualTo("Valley Times");
        assertThat(first.url()).isEqualTo("https://example.org/valley/blossom");
        assertThat(first.author()).isEqualTo("Ana Ruiz");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-04-02T00:00:00Z"));
        assertThat(first.language()).isEqualTo("en");
        assertThat(result.articles().get(1).publishedAt()).isEqualTo(Instant.parse("2026-04-03T19:15:00Z"));
        assertThat(result.problems()).containsExactly(RecordProblem.atIndex(2, "no body text"));
    }

    @Test
    void aSingleObjectWithNestedSourceAndSeveralAuthors() {
        ParsedArticle article = Fixtures.read("ferry.json").articles().getFirst();

        assertThat(article.source()).isEqualTo("Island Weekly");
        assertThat(article.author()).isEqualTo("Jo Lind, Mika Berg");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
        assertThat(article.language()).isEqualTo("sv");
    }

    @Test
    void aWordPressPostGivesItsRenderedTitleAndBodyAsTextAndItsUtcDate() {
        String posts = """
                [{"id": 123, "date": "2026-03-02T09:00:00", "date_gmt": "2026-03-02T08:00:00",
                  "link": "https://blog.example/ferry/", "author": 2,
                  "title": {"rendered": "Ferry timetable &#8211; changes from Monday"},
                  "content": {"rendered": "<p>The harbour ferry will leave ten minutes later from Monday.</p>\
                <p>Operators said the change follows complaints.</p>", "protected": false},
                  "excerpt": {"rendered": "<p>The ferry leaves later.</p>"}}]""";

        ParsedArticle post = read(posts).articles().getFirst();

        assertThat(post.title()).isEqualTo("Ferry timetable \u2013 changes from Monday");
        assertThat(post.body()).isEqualTo("The harbour ferry will leave ten minutes later from Monday.\n\n"
                + "Operators said the change follows complaints.");
        assertThat(post.publishedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(post.url()).isEqualTo("https://blog.example/ferry/");
        assertThat(post.author()).as("an author's id is no name").isNull();
    }

    @Test
    void aSchemaOrgNewsArticleIsReadByItsOwnNames() {
        String article = """
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Ferry timetable changes from Monday",
                 "articleBody": "The harbour ferry will leave ten minutes later from Monday, the council said.",
                 "datePublished": "2026-03-02T09:00:00+01:00", "dateModified": "2026-03-02T12:00:00+01:00",
                 "author": [{"@type": "Person", "name": "Ines Roth"}, {"@type": "Person", "name": "Ola Berg"}],
                 "publisher": {"@type": "Organization", "name": "Harbour Gazette"},
                 "url": "https://gazette.example/ferry", "inLanguage": "en-GB"}""";

        ParsedArticle read = read(article).articles().getFirst();

        assertThat(read.body())
                .isEqualTo("The harbour ferry will leave ten minutes later from Monday, the council said.");
        assertThat(read.publishedAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(read.author()).isEqualTo("Ines Roth, Ola Berg");
        assertThat(read.source()).isEqualTo("Harbour Gazette");
        assertThat(read.language()).isEqualTo("en");
    }

    @Test
    void aFieldThatCannotServeDoesNotHideTheNextName() {
        String record = """
                {"title": "Ferry timetable changes", "author": 17, "byline": "Ines Roth", "date_gmt": "",
                 "date": "2026-03-02T09:00:00+01:00",
                 "body": [{"type": "paragraph", "text": "The ferry leaves later."}]}""";

        ParsedArticle article = read(record).articles().getFirst();

        assertThat(article.author()).as("an id, then a byline").isEqualTo("Ines Roth");
        assertThat(article.publishedAt()).as("an empty date, then one")
                .isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(article.body()).as("blocks of text are not lost").contains("The ferry leaves later.");
    }

    @Test
    void htmlAndEntitiesAnHtmlSiteExportedAreReadAsText() {
        String record = """
                {"title": "Tom &amp; Jerry&#39;s Diner Closes", "author": "Jos&eacute; Ruiz",
                 "source": "Harbour &amp; Bay Gazette",
                 "body": "<p>The diner closed on <em>Friday</em>.</p><script>track()</script><p>&quot;Thanks&quot;</p>"}""";

        ParsedArticle article = read(record).articles().getFirst();

        assertThat(article.title()).isEqualTo("Tom & Jerry's Diner Closes");
        assertThat(article.author()).isEqualTo("José Ruiz");
        assertThat(article.source()).isEqualTo("Harbour & Bay Gazette");
        assertThat(article.body()).isEqualTo("The diner closed on Friday.\n\n\"Thanks\"");
    }

    @Test
    void authorsAreNamesOnlyWhateverShapeTheListTakes() {
        String records = """
                [{"title": "One", "body": "The ferry leaves later.", "authors": [{"@type": "Person",
                  "givenName": "Ines", "familyName": "Roth"}, {"id": 12, "slug": "siri"}, "Ola Berg", 7, true]},
                 {"title": "Two", "body": "The ferry leaves later.", "author": true, "byline": "Siri Aune"}]""";

        assertThat(read(records).articles()).extracting(ParsedArticle::author)
                .containsExactly("Ines Roth, Ola Berg", "Siri Aune");
    }

    @Test
    void theNamesStaticSitesAndCmsExportsUseAreRead() {
        String ghost = """
                {"posts": [{"title": "Quay opens", "html": "<p>The quay opened.</p>", "pubDate": "2026-03-02",
                 "authors": [{"name": "Ines Roth"}]}]}""";
        String strapi = """
                {"data": [{"id": 1, "attributes": {"title": "Quay opens", "content": "The quay opened.",
                 "publish_date": "2026-03-02T09:00:00Z"}}]}""";
        String contentful = """
                {"items": [{"sys": {"id": "x"}, "fields": {"title": "Quay opens", "body": "The quay opened."}}]}""";
        String newsApi = """
                {"status": "ok", "articles": [{"title": "Quay opens", "source": {"id": null, "name": "Harbour Post"},
                 "content": "The quay opened on Monday after two years of work… [+2310 chars]"}]}""";

        assertThat(read(ghost).articles().getFirst()).satisfies(post -> {
            assertThat(post.body()).isEqualTo("The quay opened.");
            assertThat(post.author()).isEqualTo("Ines Roth");
            assertThat(post.publishedAt()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        });
        assertThat(read(strapi).articles().getFirst().publishedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(read(contentful).articles().getFirst().body()).isEqualTo("The quay opened.");
        assertThat(read(newsApi).articles().getFirst().body())
                .isEqualTo("The quay opened on Monday after two years of work…");
    }

    @Test
    void plainTextThatNamesTagsAndAnArticleWithAListBesideItsTextStayAsTheyAre() {
        String tip = """
                {"title": "HTML tips", "body": "Use a <button> for actions and a <table> for data.\\n\\nKeep <a> for links."}""";
        String live = """
                {"title": "Storm live", "body": "The harbour is closed.", "entries": [{"title": "09:00", "body": "Rain."}],
                 "attributes": {"featured": true}}""";
        String drupal = """
                {"data": [{"attributes": {"title": "Quay", "body": {"value": "<p>Quay.</p>", "processed": "<p>Quay opens.</p>"},
                 "author": {"id": 7}, "byline": "Ines Roth"}}]}""";
        String sanity = """
                {"title": "Quay", "body": [{"_type": "block", "children": [{"text": "Quay "}, {"text": "opens."}]}]}""";

        assertThat(read(tip).articles().getFirst().body())
                .isEqualTo("Use a <button> for actions and a <table> for data.\n\nKeep <a> for links.");
        assertThat(read(live).articles()).singleElement().extracting(ParsedArticle::title).isEqualTo("Storm live");
        assertThat(read(drupal).articles().getFirst()).satisfies(article -> {
            assertThat(article.body()).isEqualTo("Quay opens.");
            assertThat(article.author()).as("an object without a name, then a byline").isEqualTo("Ines Roth");
        });
        assertThat(read(sanity).articles().getFirst().body()).isEqualTo("Quay opens.");
    }

    @Test
    void objectsWrittenOneAfterAnotherAreEachAnArticleAndWhatFollowsThemIsReported() {
        FormatResult sequence = read("{\"title\": \"A\", \"body\": \"One.\"}\n{\"title\": \"B\", \"body\": \"Two.\"}");
        FormatResult trailing = read("{\"title\": \"A\", \"body\": \"One.\"} and more");

        assertThat(sequence.articles()).extracting(ParsedArticle::title).containsExactly("A", "B");
        assertThat(trailing.articles()).extracting(ParsedArticle::title).containsExactly("A");
        assertThat(trailing.problems()).singleElement().extracting(RecordProblem::reason).asString()
                .contains("nothing after it was read");
    }

    @Test
    void aRecordWithoutBodyTextIsReadFromItsDescription() {
        String response = """
                {"status": "ok", "articles": [
                  {"source": {"id": null, "name": "Harbour Gazette"}, "author": null,
                   "title": "Council approves new quay",
                   "description": "Councillors voted to approve the new quay after a long debate.",
                   "url": "https://gazette.example/quay", "publishedAt": "2026-03-02T10:30:00Z", "content": null}]}""";

        ParsedArticle article = read(response).articles().getFirst();

        assertThat(article.body()).isEqualTo("Councillors voted to approve the new quay after a long debate.");
        assertThat(article.source()).isEqualTo("Harbour Gazette");
    }

    @Test
    void aTruncatedArrayKeepsTheCompleteRecordsBeforeTheBreak() {
        String truncated = """
                [{"title": "Complete one", "body": "Fully written record."},
                 {"title": "Cut off", "body": "The file ends in the mid""";

        FormatResult result = read(truncated);

        assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly("Complete one");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.index()).isEqualTo(1);
            assertThat(problem.reason()).contains("invalid JSON at line 2");
        });
    }

    @Test
    void aTruncatedObjectIsAClearError() {
        assertThatThrownBy(() -> read("{\"title\": \"Half\", \"body\": \"gone"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("invalid JSON at line 1")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.MALFORMED);
    }

    @Test
    void aScalarIsNotAnArticle() {
        assertThatThrownBy(() -> read("42")).isInstanceOf(FormatException.class)
                .hasMessageContaining("article object or an array");
    }

    @Test
    void deepNestingIsMalformedWhetherTheOutermostValueIsAnArrayOrAnObject() {
        String deepArray = "[".repeat(5000) + "]".repeat(5000);
        String deepObject = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);

        for (String json : new String[] {deepArray, deepObject}) {
            assertThatThrownBy(() -> read(json)).isInstanceOf(FormatException.class)
                    .extracting(e -> ((FormatException) e).reason()).isEqualTo(FormatException.Reason.MALFORMED);
        }
    }

    @Test
    void nulControlCharactersAndLoneSurrogatesNeverReachAnArticle() {
        ParsedArticle article = read("""
                {"title": "Dam\\u0000 report\\ud800", "body": "Levels\\u0007 rose.\\udc00\\nLine two\\ttabbed \\ud83d\\ude00",
                 "source": "Water\\u001b[31m Desk", "author": "Kim\\u0000 Lee"}
                """).articles().getFirst();

        assertThat(article.title()).isEqualTo("Dam report\uFFFD");
        assertThat(article.body()).isEqualTo("Levels rose.\uFFFD\nLine two\ttabbed \uD83D\uDE00");
        assertThat(article.source()).isEqualTo("Water[31m Desk");
        assertThat(article.author()).isEqualTo("Kim Lee");
    }

    @Test
    void problemsBeyondTheCapAreCountedNotListed() {
        String records = String.join(",", java.util.Collections.nCopies(1000, "{}"));

        FormatResult result = read("[{\"title\": \"Kept\", \"body\": \"Text.\"}," + records + "]");

        assertThat(result.articles()).hasSize(1);
        assertThat(result.problems()).hasSize(FormatResult.MAX_LISTED_PROBLEMS);
        assertThat(result.problemCount()).isEqualTo(1000);
    }

    @Test
    void aNewsApisResponseKeepsItsArticlesFurtherInsideUnderItsOwnNames() {
        String guardianLike = """
                {"response": {"status": "ok", "total": 2, "results": [
                  {"id": "uk/2026/mar/02/ferry", "webTitle": "Ferry timetable changes from Monday",
                   "webUrl": "https://news.example/uk/2026/mar/02/ferry",
                   "webPublicationDate": "2026-03-02T08:00:00Z",
                   "fields": {"bodyText": "The harbour ferry will leave ten minutes later from Monday."}},
                  {"id": "uk/2026/mar/03/quay", "webTitle": "Quay repairs approved",
                   "webPublicationDate": "2026-03-03T09:30:00Z",
                   "fields": {"bodyText": "The council approved the quay repairs on Tuesday."}}]}}""";
        String nytLike = """
                {"status": "OK", "response": {"docs": [{"headline": {"main": "Night trains return", "kicker": "Rail"},
                  "abstract": "The mountain line runs night trains again from June.",
                  "web_url": "https://news.example/rail/night-trains", "pub_date": "2026-03-04T05:00:00+0000",
                  "byline": {"original": "By Ines Roth"}}], "meta": {"hits": 1}}}""";

        FormatResult guardian = read(guardianLike);
        ParsedArticle night = read(nytLike).articles().getFirst();

        assertThat(guardian.articles()).extracting(ParsedArticle::title)
                .containsExactly("Ferry timetable changes from Monday", "Quay repairs approved");
        assertThat(guardian.articles().getFirst().url()).isEqualTo("https://news.example/uk/2026/mar/02/ferry");
        assertThat(guardian.articles().get(1).publishedAt()).isEqualTo(Instant.parse("2026-03-03T09:30:00Z"));
        assertThat(guardian.articles().get(1).body()).isEqualTo("The council approved the quay repairs on Tuesday.");
        assertThat(night.title()).isEqualTo("Night trains return");
        assertThat(night.body()).isEqualTo("The mountain line runs night trains again from June.");
        assertThat(night.author()).isEqualTo("Ines Roth");
        assertThat(night.publishedAt()).isEqualTo(Instant.parse("2026-03-04T05:00:00Z"));
    }

    @Test
    void anArticleWrappedInAnObjectIsReadAndAnObjectWithNoneSaysSo() {
        ParsedArticle wrapped = read("""
                {"article": {"title": "Quay repairs approved", "text": "The council approved the repairs.",
                 "created_at": "2026-03-03T09:30:00Z"}}""").articles().getFirst();
        FormatResult none = read("""
                {"status": "ok", "meta": {"count": 0}, "results": {"total": 0}}""");

        assertThat(wrapped.title()).isEqualTo("Quay repairs approved");
        assertThat(wrapped.publishedAt()).isEqualTo(Instant.parse("2026-03-03T09:30:00Z"));
        assertThat(none.articles()).isEmpty();
        assertThat(none.problems()).singleElement().extracting(RecordProblem::reason).asString()
                .startsWith("no article: no title or text field (title, headline");
    }

    @Test
    void insideAResponseOnlyRecordsWithATitleAndATextCountAndTheStoryComesBeforeWhatItHolds() {
        String story = """
                {"story": {"related_stories": [{"title": "Tolls to rise", "url": "/tolls"}],
                 "headline": "Harbour bridge reopens", "body": "The bridge reopened on Monday."}}""";
        String page = """
                {"pageProps": {"site": {"navigation": [{"title": "World", "description": "News from around the world"}]},
                 "latest": {"results": [{"title": "Ferry fares frozen", "body": "Fares stay the same until 2027."}]}}}""";
        String search = """
                {"took": 3, "hits": {"total": 2, "hits": [
                 {"_id": "1", "_source": {"title": "Quay repairs approved", "body": "The council approved them."}},
                 {"_id": "2", "_source": {"title": "Pier lights on", "body": "The new lights were switched on."}}]}}""";
        String keyed = """
                {"articles": {"-Na1": {"title": "Quay repairs approved", "text": "The council approved them."},
                              "-Na2": {"title": "Pier lights on", "text": "The new lights were switched on."}}}""";
        String notNews = """
                {"openapi": "3.0.1", "info": {"title": "Newsroom API", "description": "Internal API."},
                 "servers": [{"url": "https://api.example.org", "description": "Production"}]}""";

        assertThat(read(story).articles()).extracting(ParsedArticle::title).containsExactly("Harbour bridge reopens");
        assertThat(read(page).articles()).extracting(ParsedArticle::title).containsExactly("Ferry fares frozen");
        assertThat(read(search).articles()).extracting(ParsedArticle::title)
                .containsExactly("Quay repairs approved", "Pier lights on");
        assertThat(read(keyed).articles()).extracting(ParsedArticle::title)
                .containsExactly("Quay repairs approved", "Pier lights on");
        assertThat(read(notNews).articles()).isEmpty();
        assertThat(read("""
                {"name": "widgets", "description": "Widgets for the front page.", "main": "index.js"}""").articles())
                .as("an object with a description alone").isEmpty();
    }

    @Test
    void aRecordWithTextButNoTitleIsTitledByItsFirstSentence() {
        FormatResult result = read("""
                [{"title": "", "text": "The ferry leaves later from Monday. Operators cited complaints."},
                 {"url": "https://news.example/a"},
                 {"text": "U.S. ferry fares rose on Monday. Operators cited fuel costs."}]""");

        assertThat(result.articles()).extracting(ParsedArticle::title)
                .containsExactly("The ferry leaves later from Monday.", "U.S. ferry fares rose on Monday.");
        assertThat(result.problems()).containsExactly(RecordProblem.atIndex(1, "no title or text"));
    }

    @Test
    void aOneLineBodyWithInlineTagsIsHtmlAndOneOfSeveralLinesStaysAsWritten() {
        FormatResult result = read("""
                [{"title": "Ferry", "body": "First line.<br>Second line.<br><br>See <a href=\\"/t\\">the timetable</a>                 and <strong>book early</strong>."},
                 {"title": "Quay", "body": "The &quot;new&quot; quay &amp; its crane"},
                 {"title": "A poem", "body": "Grey water, grey sky,\\nthe gulls <em>always</em> louder"},
                 {"title": "Maps", "body": "See view?id=12&section=north&copy=1 &amp; more."}]""");

        assertThat(result.articles()).extracting(ParsedArticle::body).containsExactly(
                "First line.\nSecond line.\n\nSee the timetable and book early.", "The \"new\" quay & its crane",
                "Grey water, grey sky,\nthe gulls <em>always</em> louder",
                "See view?id=12&section=north&copy=1 & more.");
    }

    @Test
    void aCmsExportsDraftsScheduledAndPrivatePostsAreProblemsBesideItsPublishedOnes() {
        FormatResult result = read("""
                [{"title": "Ferry times", "content": "The winter timetable starts on Monday.", "status": "publish"},
                 {"title": "Dredging plan", "content": "Notes for a story.", "status": "draft"},
                 {"title": "Budget", "html": "<p>The budget is due on Friday.</p>", "status": "scheduled"},
                 {"attributes": {"title": "Quay works", "body": "Works start in May.", "status": false}},
                 {"title": "Staff notice", "text": "The office closes early.", "status": "private"}]
                """);

        assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly("Ferry times");
        assertThat(result.problems()).containsExactly(RecordProblem.atIndex(1, "not published (status: draft)"),
                RecordProblem.atIndex(2, "not published (status: scheduled)"),
                RecordProblem.atIndex(3, "not published (status: false)"),
                RecordProblem.atIndex(4, "not published (status: private)"));
    }

    private static FormatResult read(String json) {
        return Fixtures.FORMATS.read("upload.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
