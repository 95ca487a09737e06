package dev.newsflow.formats.text;

import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.Fixtures;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.ParsedArticle;
import dev.newsflow.formats.RecordProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextReaderTest {

    @Test
    void readsTheBrowserSavedLayoutAndDropsPublisherChrome() {
        FormatResult result = Fixtures.read("harbour-barrier.txt");

        assertThat(result.format()).isEqualTo("txt");
        assertThat(result.problems()).isEmpty();
        ParsedArticle article = result.articles().getFirst();
        assertThat(article.title()).isEqualTo("Harbour city opens tidal barrier after record storm");
        assertThat(article.source()).isEqualTo("Coastal Courier");
        assertThat(article.body())
                .startsWith("Engineers in the port town of Westhaven closed")
                .contains("\n\nMayor Lena Okafor thanked the night crews.")
                .contains("The barrier took six years to build")
                .endsWith("Forecasters expect calmer weather by the weekend.")
                .doesNotContain("Related", "Five questions about the cost", "ferries cancelled", "Read more",
                        "Leave a Comment", "record storm");
    }

    @Test
    void readsTitleBlankLineBodyLayout() {
        ParsedArticle article = Fixtures.read("library-reopens.txt").articles().getFirst();

        assertThat(article.title()).isEqualTo("Village library reopens after flood repairs");
        assertThat(article.source()).isNull();
        assertThat(article.body().split("\n\n")).hasSize(2);
    }

    @Test
    void aDashInsideTheTitleIsNotAPublisher() {
        ParsedArticle article = read("Storm hits the coast - live updates\n\nWaves reached the promenade.").articles().getFirst();

        assertThat(article.title()).isEqualTo("Storm hits the coast - live updates");
        assertThat(article.source()).isNull();
    }

    @Test
    void sourceLineWithoutPublisherSuffixAndByline() {
        ParsedArticle article = read("Dam repairs finished early\n\nSource: Hill Herald\n\nBy Ines Moreau\n\nThe repairs ended a week early.")
                .articles().getFirst();

        assertThat(article.source()).isEqualTo("Hill Herald");
        assertThat(article.author()).isEqualTo("Ines Moreau");
        assertThat(article.body()).isEqualTo("The repairs ended a week early.");
    }

    @Test
    void aPublisherFollowsAHyphenAnEnDashOrAnEmDashAndNoOtherDash() {
        assertThat(List.of("Dam repairs finished - Hill Herald", "Dam repairs finished \u2013 Hill Herald",
                "Dam repairs finished \u2014 Hill Herald"))
                .allSatisfy(title -> assertThat(read(title + "\n\nThe repairs ended.").articles().getFirst())
                        .returns("Dam repairs finished", ParsedArticle::title)
                        .returns("Hill Herald", ParsedArticle::source));
        assertThat(List.of("Dam repairs finished \u2012 Hill Herald", "Dam repairs finished \u2212 Hill Herald",
                "Dam repairs finished: Hill Herald", "Dam repairs finished"))
                .allSatisfy(title -> assertThat(read(title + "\n\nThe repairs ended.").articles().getFirst())
                        .returns(title, ParsedArticle::title)
                        .returns(null, ParsedArticle::source));
    }

    @Test
    void sourceRelatedAndDroppedLinesAreKnownInAnyCaseAndABylineOnlyCapitalised() {
        ParsedArticle upper = read("Dam repairs finished\n\nSOURCE:Hill Herald\n\nBy Ines Moreau\n\nThe repairs ended.\n\n"
                + "RELATED ARTICLE\nA teaser line\n\nREAD MORE: the dam's history\nLEAVE A COMMENT\n\nCrews went home.")
                .articles().getFirst();
        ParsedArticle lower = read("Dam repairs finished\n\nsource: Hill Herald\n\nby Ines Moreau\n\nThe repairs ended.\n\n"
                + "related live-story\nA teaser line\n\nread more: the dam's history\nleave a comment\n\n"
                + "Readmore and Leave a Comment later are words of the article.")
                .articles().getFirst();

        assertThat(upper.source()).isEqualTo("Hill Herald");
        assertThat(upper.author()).isEqualTo("Ines Moreau");
        assertThat(upper.body()).isEqualTo("The repairs ended.\n\nCrews went home.");
        assertThat(lower.source()).isEqualTo("Hill Herald");
        assertThat(lower.author()).isNull();
        assertThat(lower.body()).isEqualTo("by Ines Moreau\n\nThe repairs ended.\n\n"
                + "Readmore and Leave a Comment later are words of the article.");
    }

    @Test
    void aDateLineOverTheTextDatesTheArticleBeforeOrAfterTheByline() {
        ParsedArticle after = read("Quay opening delayed\n\nBy Ines Roth\nMarch 12, 2026 2:30 PM GMT\n\nThe harbour"
                + " authority said the quay would open in June.").articles().getFirst();
        ParsedArticle before = read("Quay opening delayed\nPublished: 12 March 2026\nBy Ines Roth\n\nThe harbour"
                + " authority said the quay would open in June.").articles().getFirst();
        ParsedArticle dated = read("Quay opening delayed\n\nMay 2026 was the wettest month on record, the harbour"
                + " authority said.").articles().getFirst();

        assertThat(after.publishedAt()).isEqualTo(Instant.parse("2026-03-12T14:30:00Z"));
        assertThat(after.body()).isEqualTo("The harbour authority said the quay would open in June.");
        assertThat(before.publishedAt()).isEqualTo(Instant.parse("2026-03-12T00:00:00Z"));
        assertThat(before.author()).isEqualTo("Ines Roth");
        assertThat(dated.publishedAt()).as("a sentence that opens with a month is text").isNull();
    }

    @Test
    void aMailSavedAsTextIsReadByItsHeaders() {
        ParsedArticle sent = read("From: Ines Roth <ines@harbour.example>\nTo: desk@harbour.example\nDate: Tue, 10 Mar"
                + " 2026 14:30:00 +0100\nSubject: Re: Quay opening delayed\n\nThe harbour authority said the quay would"
                + " open in June.").articles().getFirst();
        ParsedArticle forwarded = read("---------- Forwarded message ---------\nFrom: Press Office <press@port.example>"
                + "\nDate: Tue, Mar 10, 2026 at 2:30 PM\nSubject: Fwd: New cycle lanes approved\n\nThe council"
                + " approved 12 km of cycle lanes.").articles().getFirst();
        ParsedArticle notAMail = read("Subject: maths\n\nThe school will teach more maths from September.")
                .articles().getFirst();

        assertThat(sent.title()).isEqualTo("Quay opening delayed");
        assertThat(sent.author()).isEqualTo("Ines Roth");
        assertThat(sent.publishedAt()).isEqualTo(Instant.parse("2026-03-10T13:30:00Z"));
        assertThat(sent.body()).isEqualTo("The harbour authority said the quay would open in June.");
        assertThat(forwarded.title()).isEqualTo("New cycle lanes approved");
        assertThat(forwarded.author()).isEqualTo("Press Office");
        assertThat(notAMail.title()).as("one header line is a title like any other").isEqualTo("Subject: maths");
    }

    @Test
    void aTitleWithoutBodyIsReportedNotPublished() {
        FormatResult result = read("Only a headline here\n\n");

        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).singleElement().extracting(RecordProblem::reason).isEqualTo("no body text");
    }

    @Test
    void aFirstLineThatIsAParagraphIsTextAndTheFirstSentenceTitlesIt() {
        ParsedArticle article = read("""
                The council met on Tuesday evening to discuss the budget. Members agreed to postpone the vote until                 a second meeting next week.

                The vote will take place on March 12.
                """).articles().getFirst();

        assertThat(article.title()).isEqualTo("The council met on Tuesday evening to discuss the budget.");
        assertThat(article.body()).startsWith("The council met on Tuesday evening").endsWith("on March 12.");
    }

    @Test
    void aPressReleasesLabelAnUnderlineAndBylinesWrittenOtherWaysAreNoText() {
        ParsedArticle release = read("""
                FOR IMMEDIATE RELEASE

                Tidewater opens a new harbour office
                ====================================
                By: Lena Dahl, Communications Manager
                March 5, 2024

                Tidewater said on Tuesday it would open a new office at the harbour.
                """).articles().getFirst();
        ParsedArticle german = read("""
                Hafen wird erweitert
                Von Ines Roth und Ola Berg
                05.03.2024, 10:30 Uhr

                Der Hafen wird erweitert.
                """).articles().getFirst();

        assertThat(release.title()).isEqualTo("Tidewater opens a new harbour office");
        assertThat(release.author()).isEqualTo("Lena Dahl");
        assertThat(release.publishedAt()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(release.body()).isEqualTo("Tidewater said on Tuesday it would open a new office at the harbour.");
        assertThat(german.author()).isEqualTo("Ines Roth und Ola Berg");
        assertThat(read("Eine Fabel\nVon Mäusen und Menschen\n\nEs war einmal eine Maus.\n").articles().getFirst()
                .author()).as("a phrase in title case names no one").isNull();
        assertThat(german.publishedAt()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(german.body()).isEqualTo("Der Hafen wird erweitert.");
    }

    @Test
    void theByWordsOfAPagesBylineOpenATextsByline() {
        ParsedArticle swedish = read("""
                Färjan som aldrig kom fram
                Av Erik Lind

                Färjan till ön ställdes in för tredje dagen i rad.
                """).articles().getFirst();
        ParsedArticle danish = read("Færgen sejler kun to gange om dagen\nAf Mette Holm\n\nFærgen sejler sjældnere.\n")
                .articles().getFirst();
        ParsedArticle subheading = read("Ett liv på ön\nAv Hjärtat\n\nHon har bott på ön i fyrtio år.\n")
                .articles().getFirst();
        ParsedArticle twoWriters = read("Färjan kom aldrig\nAv Erik Lind och Kari Nord\n\nFärjan ställdes in.\n")
                .articles().getFirst();

        assertThat(swedish.author()).isEqualTo("Erik Lind");
        assertThat(swedish.body()).isEqualTo("Färjan till ön ställdes in för tredje dagen i rad.");
        assertThat(danish.author()).isEqualTo("Mette Holm");
        assertThat(subheading.author()).as("one word after it is no full name").isNull();
        assertThat(twoWriters.author()).as("joined as a page's byline joins them").isEqualTo("Erik Lind och Kari Nord");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            an Indonesian subtitle ('di': in) ¦ Di Balik Layar Persiapan Debat
            an Indonesian clause before a comma ¦ Di Tengah Kenaikan Harga, Warga Tetap Berbelanja
            a Norwegian writer in a city ¦ Av Kari Nord i Oslo, Utenriksreporter
            a surname in an Italian heading ¦ Di Maio Lascia La Farnesina
            a correspondent's city (Swedish 'i': in) ¦ Av Kari Nord i New York
            a short Indonesian subheading ¦ Di Tengah Pandemi
            a desk ¦ Von Redaktion Berlin
            """)
    void aLineThatOnlyOpensLikeAForeignBylineNamesNoOne(String rule, String line) {
        // "Di" is also Indonesian's "in", and no by-word in a text; a by-word's writers are joined by its own
        // language's "and"; and a desk is no writer
        ParsedArticle article = read("Kapal feri terakhir\n" + line + "\n\nKapal feri berangkat pukul enam.\n")
                .articles().getFirst();

        assertThat(article.author()).as(rule).isNull();
    }

    @Test
    void aPhraseAPagesBylineWritesForByOpensATextsByline() {
        ParsedArticle italian = read("Il traghetto salta la corsa\nA cura di Paola Rinaldi\n\nLa corsa è sospesa.\n")
                .articles().getFirst();
        ParsedArticle french = read("« Le bac ne passe plus »\nPropos recueillis par Claire Dubois\n\nLe bac.\n")
                .articles().getFirst();
        ParsedArticle sentence = read("Il porto\nA cura di questo progetto è stata la fondazione.\n\nIl porto.\n")
                .articles().getFirst();

        assertThat(italian.body()).isEqualTo("La corsa è sospesa.");
        assertThat(french.author()).isEqualTo("Claire Dubois");
        assertThat(sentence.author()).isNull();
    }

    @Test
    void rulesForLabelsBylinesAndLongFirstLinesLeaveHeadlinesAndSentencesAlone() {
        ParsedArticle embargoed = read("Embargoed report shows rise in river pollution\nBy Mara Quist\n\n"
                + "Levels rose.\n").articles().getFirst();
        ParsedArticle friday = read("Floodwater recedes\n\nBy Friday, the floodwater had receded.\n").articles()
                .getFirst();
        String headline = "Council approves the harbour budget after a seven-hour session, and residents will see the "
                + "harbour fee rise by three percent.";
        ParsedArticle longHeadline = read(headline + "\nBy Mara Quist\nMarch 12, 2026\n\nThe vote was seven to two.\n")
                .articles().getFirst();

        assertThat(embargoed.title()).isEqualTo("Embargoed report shows rise in river pollution");
        assertThat(embargoed.author()).isEqualTo("Mara Quist");
        assertThat(friday.author()).isNull();
        assertThat(friday.body()).isEqualTo("By Friday, the floodwater had receded.");
        assertThat(longHeadline.title()).isEqualTo(headline);
        assertThat(longHeadline.author()).isEqualTo("Mara Quist");
        assertThat(longHeadline.publishedAt()).isEqualTo(Instant.parse("2026-03-12T00:00:00Z"));
        assertThat(read("PRESS RELEASE\n\n").problems()).extracting(RecordProblem::reason)
                .containsExactly("no body text");
    }

    private static FormatResult read(String text) {
        return Fixtures.FORMATS.read("note.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHugeFirstLineOfSpacesIsReadPromptlyInsteadOfBacktrackingForMinutes() {
        String line = "Storm" + " ".repeat(100_000) + "warning";

        FormatResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new ArticleFormats(FormatLimits.DEFAULTS).read("storm.txt",
                        (line + "\n\nThe coast expects gales.").getBytes(StandardCharsets.UTF_8)));

        assertThat(result.articles()).singleElement().satisfies(a -> assertThat(a.source()).isNull());
    }

    @Test
    void aSourceLineOfSpacesIsReadPromptlyInsteadOfBacktrackingForMinutes() {
        String text = "Storm warning\nSource:" + " ".repeat(200_000) + "x\u2028y\n\nThe coast expects gales.";

        FormatResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> read(text));

        assertThat(result.articles()).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Storm warning"));
    }
}
