package dev.newsflow.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleFormatsTest {

    @Test
    void gzipOfAnyFormatIsReadAsItsInnerFormat() {
        FormatResult json = Fixtures.FORMATS.read("articles.json.gz", Fixtures.gzip(Fixtures.bytes("articles.json")));
        FormatResult feed = Fixtures.FORMATS.read("regional.rss.gz", Fixtures.gzip(Fixtures.bytes("regional.rss")));

        assertThat(json.format()).isEqualTo("json");
        assertThat(json.articles()).hasSize(2);
        assertThat(feed.format()).isEqualTo("rss");
        assertThat(feed.articles()).hasSize(3);
    }

    @Test
    void aGzipBombStopsAtTheDecompressedLimit() {
        byte[] bomb = Fixtures.gzip(" ".repeat(2_000_000).getBytes(StandardCharsets.US_ASCII));
        ArticleFormats formats = new ArticleFormats(new FormatLimits(1 << 20, 1 << 20, 100_000));

        assertThat(bomb.length).isLessThan(10_000);
        assertFails(() -> formats.read("bomb.txt.gz", bomb), FormatException.Reason.TOO_LARGE, "inflates beyond");
    }

    @Test
    void aGzipExactlyAtTheDecompressedLimitIsReadWholeEvenAcrossSeveralMembers() {
        byte[] title = "Harbour crane returns after repairs\n\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = "The crane lifted its first container. ".repeat(3_000).getBytes(StandardCharsets.US_ASCII);
        byte[] first = Fixtures.gzip(title);
        byte[] second = Fixtures.gzip(body);
        byte[] twoMembers = new byte[first.length + second.length];
        System.arraycopy(first, 0, twoMembers, 0, first.length);
        System.arraycopy(second, 0, twoMembers, first.length, second.length);
        long inflated = title.length + body.length;

        FormatResult exact = new ArticleFormats(new FormatLimits(1 << 20, 1 << 20, inflated)).read("crane.txt.gz", twoMembers);

        assertThat(exact.articles()).singleElement().satisfies(a -> assertThat(a.body()).endsWith("first container."));
        assertFails(() -> new ArticleFormats(new FormatLimits(1 << 20, 1 << 20, inflated - 1)).read("crane.txt.gz",
                twoMembers), FormatException.Reason.TOO_LARGE, "inflates beyond");
    }

    @Test
    void aGzNameWithoutGzipContentIsMalformed() {
        assertFails(() -> Fixtures.FORMATS.read("fake.json.gz", "{}".getBytes()), FormatException.Reason.MALFORMED,
                "not a valid gzip file");
    }

    @Test
    void anOversizedFileIsRefusedBeforeReading() {
        ArticleFormats formats = new ArticleFormats(new FormatLimits(100, 100, 100));

        assertFails(() -> formats.read("long.txt", new byte[101]), FormatException.Reason.TOO_LARGE,
                "more than the limit of 100");
    }

    @Test
    void anOversizedArticleIsSkippedWithAReason() {
        ArticleFormats formats = new ArticleFormats(new FormatLimits(10_000, 200, 10_000));
        String lines = """
                {"title": "Short", "body": "Fits easily."}
                {"title": "Long", "body": "%s"}
                """.formatted("word ".repeat(100));

        FormatResult result = formats.read("mixed.jsonl", lines.getBytes(StandardCharsets.UTF_8));

        assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly("Short");
        assertThat(result.problems()).containsExactly(RecordProblem.atLine(2, "article larger than the limit of 200 bytes"));
    }

    private static final String BODY = "The council met on Tuesday to plan the repairs to the bridge over the river.";

    static Stream<Arguments> filesWithLinks() {
        return Stream.of(
                Arguments.of("a.rss", "<rss version=\"2.0\"><channel><title>Courier</title><item><title>Bridge</title>"
                        + "<link>javascript:alert(1)</link><description>" + BODY + "</description></item>"
                        + "</channel></rss>", null),
                Arguments.of("a.json", "{\"title\":\"Bridge\",\"body\":\"" + BODY
                        + "\",\"url\":\" JavaScript:alert(1)\"}", null),
                Arguments.of("a.html", "<html><head><title>Bridge repairs</title><link rel=\"canonical\" "
                        + "href=\"data:text/html,hi\"></head><body><article><p>" + BODY + "</p></article>"
                        + "</body></html>", null),
                Arguments.of("b.json", "{\"title\":\"Bridge\",\"body\":\"" + BODY
                        + "\",\"url\":\"https://example.org/bridge\"}", "https://example.org/bridge"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesWithLinks")
    void aLinkThatRunsCodeIsNoArticlesLocationInAnyFormat(String name, String content, String expectedUrl) {
        ParsedArticle article = Fixtures.FORMATS.read(name, content.getBytes(StandardCharsets.UTF_8)).articles()
                .getFirst();

        assertThat(article.url()).isEqualTo(expectedUrl);
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertFails(() -> Fixtures.FORMATS.read("empty.txt", new byte[0]), FormatException.Reason.EMPTY, "empty");
        assertFails(() -> Fixtures.FORMATS.read("blank.json", " \n\t\n".getBytes()), FormatException.Reason.EMPTY,
                "only whitespace");
    }

    @Test
    void binaryJunkIsRefused() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        assertFails(() -> Fixtures.FORMATS.read("photo.txt", junk), FormatException.Reason.BINARY, "binary");
    }

    @Test
    void unknownExtensionsAreNamedInTheError() {
        assertFails(() -> Fixtures.FORMATS.read("report.docx", "x".getBytes()), FormatException.Reason.UNSUPPORTED,
                "unsupported file type '.docx'");
        assertThat(Fixtures.FORMATS.supports("feed.atom.gz")).isTrue();
        assertThat(Fixtures.FORMATS.supports("report.docx")).isFalse();
    }

    private static void assertFails(Runnable read, FormatException.Reason reason, String message) {
        assertThatThrownBy(read::run).isInstanceOf(FormatException.class).hasMessageContaining(message)
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(reason);
    }

    @Test
    void everyFormatAReadReportsIsListedAndEveryListedExtensionIsRead() {
        List<String> reported = Stream.of("harbour-barrier.txt", "council-vote.md", "articles.json", "wire.jsonl",
                        "museum.html", "regional.rss", "science.atom")
                .map(name -> Fixtures.read(name).format())
                .toList();

        assertThat(reported).containsExactlyInAnyOrderElementsOf(ArticleFormats.FORMATS);
        assertThat(ArticleFormats.EXTENSIONS).allMatch(ext -> Fixtures.FORMATS.supports("file." + ext))
                .contains("txt", "text", "md", "markdown", "json", "jsonl", "ndjson", "html", "htm", "xhtml", "xht",
                        "xml", "rss", "atom", "rdf");
    }

    @Test
    void aPageSavedAsXhtmlAndAnRssOneFeedSavedAsRdfAreReadByTheirContent() {
        String page = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><head><title>Fête du port</title></head>
                <body><article><h1>Fête du port</h1><p>La fête du port de Sète a réuni des milliers de visiteurs
                samedi, venus voir les joutes nautiques sur le canal royal et les bateaux anciens du bassin.</p>
                <p>Les organisateurs prévoient une nouvelle édition l'été prochain, avec un concert sur le quai.</p>
                </article></body></html>
                """;
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="https://harbour.example/"><title>Harbour news</title>
                <link>https://harbour.example/</link><description>News</description></channel>
                <item rdf:about="https://harbour.example/ferry"><title>Ferry timetable changes</title>
                <link>https://harbour.example/ferry</link>
                <description>The winter ferry timetable starts on Monday.</description></item>
                </rdf:RDF>
                """;

        FormatResult xhtml = Fixtures.FORMATS.read("fete.xhtml", page.getBytes(StandardCharsets.ISO_8859_1));
        FormatResult rdf = Fixtures.FORMATS.read("harbour.rdf", feed.getBytes(StandardCharsets.UTF_8));

        assertThat(xhtml.format()).isEqualTo("html");
        assertThat(xhtml.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Fête du port");
            assertThat(article.body()).contains("Sète a réuni").doesNotContain("<?xml");
        });
        assertThat(rdf.format()).isEqualTo("rss");
        assertThat(rdf.articles()).singleElement()
                .satisfies(item -> assertThat(item.title()).isEqualTo("Ferry timetable changes"));
    }
}
