package dev.newsflow.formats.markdown;

import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownReaderTest {

    @Test
    void frontMatterGivesTheFieldsAndMarkupBecomesText() {
        FormatResult result = Fixtures.read("council-vote.md");

        assertThat(result.format()).isEqualTo("md");
        ParsedArticle article = result.articles().getFirst();
        assertThat(article.title()).isEqualTo("Council approves new cycle lanes");
        assertThat(article.source()).isEqualTo("Riverside Gazette");
        assertThat(article.author()).isEqualTo("Sam Ortega");
        assertThat(article.url()).isEqualTo("https://example.org/riverside/cycle-lanes");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-03-04T09:30:00Z"));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body())
                .startsWith("The city council voted nine to four on Wednesday to build protected cycle lanes along")
                .contains("\n\nWhat happens next\n\n")
                .doesNotContain("**", "](", "##", "*early");
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitle() {
        ParsedArticle article = Fixtures.read("heading-only.md").articles().getFirst();

        assertThat(article.title()).isEqualTo("Bakery wins regional bread prize");
        assertThat(article.body()).startsWith("A family bakery in Eastford");
    }

    @Test
    void quotesListsAndBracketsNestedBeyondAnyArticleAreAClearErrorNotAStackOverflowOrAMemoryHog() {
        for (String nested : new String[] {"> ".repeat(3_000) + "x", "- ".repeat(3_000) + "x", "1. ".repeat(3_000) + "x",
                "[".repeat(8_000) + "x" + "]".repeat(8_000)}) {
            byte[] md = ("# Deep\n\n" + nested + "\n").getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> Fixtures.FORMATS.read("deep.md", md)).isInstanceOf(FormatException.class)
                    .hasMessageContaining("levels deep");
        }
    }

    @Test
    void listsNestedByIndentationBeyondAnyArticleAreAClearError() {
        // items with text, empty items (a marker alone) and quotes' empty lines
        for (String item : new String[] {"- step", "-", "1."}) {
            String nested = IntStream.range(0, 40).mapToObj(i -> " ".repeat(3 * i) + item)
                    .collect(Collectors.joining("\n"));
            byte[] md = ("# Deep\n\n" + nested + "\n").getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> Fixtures.FORMATS.read("deep.md", md)).as(item).isInstanceOf(FormatException.class)
                    .hasMessageContaining("quotes or lists 40 levels deep");
        }
        byte[] quotes = ("# Deep\n\n" + ">".repeat(40) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Fixtures.FORMATS.read("deep.md", quotes)).isInstanceOf(FormatException.class)
                .hasMessageContaining("quotes or lists 40 levels deep");
    }

    @Test
    void emphasisNestedBeyondAnyArticleIsAClearErrorNotAStackOverflow() {
        // runs around a word, inside words, after a no-break space; separate markers; markers of another kind
        // closing in between; an escaped first marker
        for (String nested : new String[] {"*".repeat(20_000) + "word" + "*".repeat(20_000),
                "x" + "*".repeat(20_000) + "y" + "*".repeat(20_000), "a\u00a0" + "*".repeat(200) + "y" + "*".repeat(200),
                "*a ".repeat(100) + "word" + " b*".repeat(100), ("*".repeat(40) + "a" + "_".repeat(40) + " ").repeat(2) + "b" + "*".repeat(80),
                "\\" + "_".repeat(20_000) + "word" + "_".repeat(20_000)}) {
            byte[] md = ("# Deep\n\n" + nested + "\n").getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> Fixtures.FORMATS.read("deep.md", md)).isInstanceOf(FormatException.class)
                    .hasMessageContaining("Markdown nests emphasis");
        }
    }

    @Test
    void everydayListsAndEmphasisAreNotTakenForDeepNesting() {
        String md = """
                # Harbour notes

                The ***new*** ferry runs at 9:30; tickets cost 2 * 3 euros, a file named ferry_times_2024_winter.txt
                lists them, a \\*starred\\* note and *emphasis with **strong** inside* too.

                * * *

                %s

                - Monday
                  - morning
                    - 9:30 crossing
                      - from the north quay
                lazy line of the last item
                - Tuesday

                1. First
                   1. First of the first

                ```python
                class Ferry:
                %s
                %s
                ```
                """.formatted("- ".repeat(40), IntStream.range(0, 70).mapToObj(i -> "    self._stop%d = None".formatted(i))
                .collect(Collectors.joining("\n")), IntStream.range(0, 40)
                .mapToObj(i -> "    def __leg%d__(self):\n        \n        return self._stop%d".formatted(i, i))
                .collect(Collectors.joining("\n")));

        assertThat(Fixtures.FORMATS.read("notes.md", md.getBytes(StandardCharsets.UTF_8)).articles().getFirst().body())
                .contains("9:30 crossing", "from the north quay", "First of the first", "ferry_times_2024_winter.txt",
                        "def __leg39__(self):");
    }

    @Test
    void ordinaryNestingReadsAsText() {
        byte[] md = ("# Shallow\n\n" + "> ".repeat(MarkdownNesting.MAX_NESTING) + "quoted words\n\n- a\n  - b\n    - c\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Fixtures.FORMATS.read("shallow.md", md).articles().getFirst().body())
                .isEqualTo("quoted words\n\na\n\nb\n\nc");
    }

    @Test
    void brokenFrontMatterIsAClearError() {
        byte[] bad = "---\ntitle: [unclosed\n---\nBody text.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Fixtures.FORMATS.read("bad.md", bad))
                .isInstanceOf(FormatException.class).hasMessageContaining("invalid YAML front matter");
    }

    @Test
    void frontMatterKeysThatYamlReadsAsNumbersOrBooleansAreFieldsLikeAnyOther() {
        byte[] page = "---\ntitle: Quay opens in June\n2026: a big year\non: the harbour desk\n---\nThe quay opens."
                .getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = Fixtures.FORMATS.read("quay.md", page).articles().getFirst();

        assertThat(article.title()).isEqualTo("Quay opens in June");
        assertThat(article.body()).isEqualTo("The quay opens.");
    }

    @Test
    void emptyFrontMatterIsNoFields() {
        for (String empty : new String[] {"---\n\n---\n", "---\n# draft, fields to come\n---\n"}) {
            byte[] page = (empty + "# Quay opens in June\n\nThe quay opens.").getBytes(StandardCharsets.UTF_8);

            ParsedArticle article = Fixtures.FORMATS.read("quay.md", page).articles().getFirst();

            assertThat(article.title()).isEqualTo("Quay opens in June");
        }
    }

    @Test
    void anAliasForAListInFrontMatterIsAClearErrorNotAStackOverflow() {
        byte[] page = "---\ntitle: &a [[*a]]\n---\nThe quay opens.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Fixtures.FORMATS.read("loop.md", page))
                .isInstanceOf(FormatException.class).hasMessageContaining("invalid YAML front matter")
                .hasMessageContaining("an alias (*name) stands for a list or mapping");
    }

    @Test
    void commonMarkBlocksAndInlinesBecomeCleanText() {
        ParsedArticle article = Fixtures.read("harbour-festival.md").articles().getFirst();

        assertThat(article.title()).isEqualTo("Harbour festival returns after four years");
        assertThat(article.author()).isEqualTo("Nia Brennan");
        assertThat(article.source()).isEqualTo("Bay Courier");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-07-03T07:00:00Z"));
        assertThat(article.body()).isEqualTo("""
                Setext headings are headings too

                The harbour festival returns on Saturday for the first time since 2022, with tall ships, a food \
                market and music on three stages.

                "We had to rebuild it from nothing," said organiser Aled Price.

                What is on

                Tall ships open for visits from 10:00

                Rowing races in the outer harbour

                junior heats in the morning

                finals at 15:00

                Fireworks at ten o'clock

                Tickets cost 12 pounds; see at the entrance.
                Children under five go free.

                route: quay -> market -> lighthouse

                Road closures: Quay Street from 08:00.

                Visit https://example.org/festival for the programme.""");
    }

    @Test
    void aCodeBlockKeepsItsLinesAndTheirIndentation() {
        String markdown = "# Parsing dates\n\nWe replaced the patterns with a parser.\n\n```python\ndef parse(s):\n"
                + "    m = DATE_RE.match(s)\n    if not m:\n        return None   \n```\n\n"
                + "Indented code too:\n\n        total  =  0\n    print(total)\n";

        ParsedArticle article = Fixtures.FORMATS.read("dates.md", markdown.getBytes(StandardCharsets.UTF_8))
                .articles().getFirst();

        assertThat(article.body()).isEqualTo("""
                We replaced the patterns with a parser.

                def parse(s):
                    m = DATE_RE.match(s)
                    if not m:
                        return None

                Indented code too:

                    total  =  0
                print(total)""");
    }

    @Test
    void aHeadingAfterALogoOrBadgesIsTheTitleAndFileWithNoHeadingIsTitledByItsFirstSentence() {
        String readme = "<p align=\"center\"><img src=\"logo.png\" width=\"120\"></p>\n\n"
                + "[![build](https://ci.example/badge.svg)](https://ci.example)\n\n# Tidewater\n\n"
                + "Tidewater reads tide tables from the harbour office.\n";
        String note = "---\ntitle: \"\"\n...\n\nThe ferry leaves later from Monday. Operators cited complaints.\n";

        ParsedArticle tidewater = read("README.md", readme);
        ParsedArticle untitled = read("note.md", note);

        assertThat(tidewater.title()).isEqualTo("Tidewater");
        assertThat(tidewater.body()).isEqualTo("Tidewater reads tide tables from the harbour office.");
        assertThat(untitled.title()).isEqualTo("The ferry leaves later from Monday.");
        assertThat(untitled.body()).startsWith("The ferry leaves later");
    }

    @Test
    void aTaskListsCheckboxesAreNoText() {
        ParsedArticle article = read("count.md", "# Count night\n\n- [x] Ballots counted\n- [ ] Result certified\n");

        assertThat(article.body()).isEqualTo("Ballots counted\n\nResult certified");
    }

    @Test
    void aSetextHeadingOpeningTheFileIsTheTitle() {
        byte[] md = "Ferry timetable changes\n=======================\n\nThe *winter* timetable starts in October.\n"
                .getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = Fixtures.FORMATS.read("ferry.md", md).articles().getFirst();

        assertThat(article.title()).isEqualTo("Ferry timetable changes");
        assertThat(article.body()).isEqualTo("The winter timetable starts in October.");
    }

    @Test
    void hugosTomlFrontMatterGivesTheFields() {
        byte[] md = """
                +++
                title = "Regatta draws record crowds"
                date = 2026-04-20T09:00:00Z
                author = "Siri Aune"
                tags = ["sailing"]
                +++

                More than 4,000 people lined the quay for the *spring* regatta.
                """.getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = Fixtures.FORMATS.read("regatta.md", md).articles().getFirst();

        assertThat(article.title()).isEqualTo("Regatta draws record crowds");
        assertThat(article.author()).isEqualTo("Siri Aune");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-04-20T09:00:00Z"));
        assertThat(article.body()).isEqualTo("More than 4,000 people lined the quay for the spring regatta.");
    }

    @Test
    void brokenTomlFrontMatterIsAClearError() {
        byte[] bad = "+++\ntitle = \"unclosed\n+++\nBody text.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Fixtures.FORMATS.read("bad.md", bad))
                .isInstanceOf(FormatException.class).hasMessageContaining("invalid TOML front matter");
    }

    @Test
    void theFrontMattersTitleWrittenAgainAsAHeadingIsNotTextAndEntitiesInItAreCharacters() {
        byte[] md = "---\ntitle: \"Don&#8217;t miss the caf&eacute; night\"\n---\n# Don’t miss the café night\n\nThe caf"
                .concat("é opens late on Friday.\n").getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = Fixtures.FORMATS.read("cafe.md", md).articles().getFirst();

        assertThat(article.title()).isEqualTo("Don’t miss the café night");
        assertThat(article.body()).isEqualTo("The café opens late on Friday.");
    }

    @Test
    void githubTablesAndStrikethroughAndASiteGeneratorsTagsBecomeCleanText() {
        byte[] md = """
                # Count finished

                {{< figure src="/img/count.jpg" caption="The count" >}}
                The final count is in, and the ~~early~~ result stands:

                | Party | Seats | Change |
                |-------|------:|-------:|
                | Greens | 12 | +3 |
                | Labour | 9 | -1 |

                {% include newsletter.html %}
                {{% notice %}}Turnout was 61%.{{% /notice %}}
                """.getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = Fixtures.FORMATS.read("count.md", md).articles().getFirst();

        assertThat(article.body()).isEqualTo("The final count is in, and the early result stands:\n\n"
                + "Party Seats Change\nGreens 12 +3\nLabour 9 -1\n\nTurnout was 61%.");
    }

    private static ParsedArticle read(String name, String markdown) {
        return Fixtures.FORMATS.read(name, markdown.getBytes(StandardCharsets.UTF_8)).articles().getFirst();
    }

    @Test
    void aDraftASiteGeneratorWouldNotPublishIsAProblemNotAnArticle() {
        String hugo = "+++\ntitle = \"Dredging plan\"\ndraft = true\n+++\n\nNotes for a story on the dredging plan.\n";
        String jekyll = "---\ntitle: Budget leak\npublished: false\n---\n\nThe budget is due on Friday.\n";
        String published = "---\ntitle: Ferry times\ndraft: false\n---\n\nThe winter timetable starts on Monday.\n";

        FormatResult fromHugo = Fixtures.FORMATS.read("dredging.md", hugo.getBytes(StandardCharsets.UTF_8));
        FormatResult fromJekyll = Fixtures.FORMATS.read("budget.md", jekyll.getBytes(StandardCharsets.UTF_8));

        assertThat(fromHugo.articles()).isEmpty();
        assertThat(fromHugo.problems()).singleElement().hasToString("document: not published (draft: true)");
        assertThat(fromJekyll.articles()).isEmpty();
        assertThat(fromJekyll.problems()).singleElement().hasToString("document: not published (published: false)");
        assertThat(Fixtures.FORMATS.read("ferry.md", published.getBytes(StandardCharsets.UTF_8)).articles())
                .singleElement().satisfies(article -> assertThat(article.title()).isEqualTo("Ferry times"));
    }
}
