package dev.newsflow.formats.json;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFeedTest {

    @Test
    void everyItemOfAJsonFeedIsAnArticleByTheSpecsFieldNames() {
        String feed = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes", "language": "en-GB",
                 "items": [
                  {"id": "1", "url": "https://example.org/harbour/ferry", "title": "Ferry back on schedule",
                   "content_html": "<p>The morning ferry runs again.</p><p>The fog lifted at dawn.</p>",
                   "date_published": "2026-03-02T09:00:00Z", "authors": [{"name": "Jo Park"}, {"name": "Ann Lee"}]},
                  {"id": "2", "external_url": "https://example.org/elsewhere",
                   "content_text": "Harbour office closed on Friday. It opens again on Monday.",
                   "date_modified": "2026-03-03T10:00:00+01:00", "language": "de"},
                  "not an item",
                  {"id": "4", "title": "Only a title"}
                 ]}""";

        FormatResult result = Fixtures.FORMATS.read("feed.json", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).hasSize(2);
        ParsedArticle first = result.articles().getFirst();
        assertThat(first.title()).isEqualTo("Ferry back on schedule");
        assertThat(first.body()).isEqualTo("The morning ferry runs again.\n\nThe fog lifted at dawn.");
        assertThat(first.author()).isEqualTo("Jo Park, Ann Lee");
        assertThat(first.source()).isEqualTo("Harbour Notes");
        assertThat(first.url()).isEqualTo("https://example.org/harbour/ferry");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(first.language()).isEqualTo("en");
        ParsedArticle second = result.articles().getLast();
        assertThat(second.title()).as("no title: its first sentence").isEqualTo("Harbour office closed on Friday.");
        assertThat(second.url()).isEqualTo("https://example.org/elsewhere");
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(second.language()).isEqualTo("de");
        assertThat(result.problems()).containsExactly(RecordProblem.atIndex(2, "record is not a JSON object"),
                RecordProblem.atIndex(3, "no body text"));
    }

    @Test
    void version1NamesItsAuthorInOneObject() {
        String feed = """
                {"version": "https://jsonfeed.org/version/1", "title": "Valley Radio", "items": [
                  {"id": "a", "title": "Bridge reopens", "content_text": "The bridge reopened on Monday.",
                   "author": {"name": "Kim Oh"}}]}""";

        ParsedArticle item = Fixtures.FORMATS.read("radio.json", feed.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.author()).isEqualTo("Kim Oh");
        assertThat(item.source()).isEqualTo("Valley Radio");
    }

    @Test
    void eachFieldTakesTheSpecsFirstChoiceAndItemsWithoutAuthorsTakeTheFeeds() {
        String feed = """
                {"version": "http://jsonfeed.org/version/1.1", "title": "Town Hall",
                 "home_page_url": "https://example.org/town/",
                 "authors": [{"name": "Town Hall desk"}], "items": [
                  {"id": "https://example.org/town/1", "url": "/town/budget", "external_url": "https://example.com/x",
                   "title": "Budget passed", "content_text": "The budget passed on Monday.",
                   "content_html": "<p>Other words.</p>", "date_published": "2026-03-02T09:00:00Z",
                   "date_modified": "2026-03-05T09:00:00Z"},
                  {"id": "https://example.org/town/2", "external_url": "https://example.com/y", "title": "Roads",
                   "summary": "Roads close for repairs.", "authors": [{"name": "Kim Oh"}]},
                  {"id": "tag:example.org,2026:3", "external_url": "https://example.com/z", "title": "Link post",
                   "content_html": "<p>Worth reading.</p>"}]}""";

        FormatResult result = Fixtures.FORMATS.read("town.json", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::url).containsExactly(
                "https://example.org/town/budget", "https://example.org/town/2", "https://example.com/z");
        assertThat(result.articles()).extracting(ParsedArticle::body)
                .containsExactly("The budget passed on Monday.", "Roads close for repairs.", "Worth reading.");
        assertThat(result.articles()).extracting(ParsedArticle::author)
                .containsExactly("Town Hall desk", "Kim Oh", "Town Hall desk");
        assertThat(result.articles().getFirst().publishedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void anObjectWhoseVersionIsNotJsonFeedsIsReadByTheUsualFieldNames() {
        String json = """
                {"version": "2", "items": [{"title": "Dam levels rise", "body": "Rain filled the reservoir."}]}""";

        ParsedArticle item = Fixtures.FORMATS.read("dams.json", json.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(item.title()).isEqualTo("Dam levels rise");
        assertThat(item.body()).isEqualTo("Rain filled the reservoir.");
    }
}
