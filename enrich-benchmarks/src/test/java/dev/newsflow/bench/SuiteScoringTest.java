package dev.newsflow.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static dev.newsflow.bench.SuiteScoring.DateMatch.EQUAL;
import static dev.newsflow.bench.SuiteScoring.DateMatch.MISSING;
import static dev.newsflow.bench.SuiteScoring.DateMatch.SAME_DAY;
import static dev.newsflow.bench.SuiteScoring.DateMatch.UNREADABLE;
import static dev.newsflow.bench.SuiteScoring.DateMatch.WRONG;
import static org.assertj.core.api.Assertions.assertThat;

class SuiteScoringTest {

    @Test
    void aTimedReferenceIsEqualAsAnInstantWhateverTheOffset() {
        Instant read = Instant.parse("2016-11-29T20:26:06Z");
        assertThat(SuiteScoring.date("2016-11-29T20:26:06.000Z", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29T15:26:06-05:00", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29T05:00:00.000Z", read)).isEqualTo(SAME_DAY);
        assertThat(SuiteScoring.date("2016-11-28T18:00:00-05:00", read)).isEqualTo(WRONG);
        assertThat(SuiteScoring.date("2016-11-29T20:26:06Z", null)).isEqualTo(MISSING);
    }

    @Test
    void aReferenceWithOnlyADayIsEqualToAnyTimeOfThatUtcDay() {
        assertThat(SuiteScoring.date("2016-11-29", Instant.parse("2016-11-29T20:26:06Z"))).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29", Instant.parse("2016-11-30T00:00:00Z"))).isEqualTo(WRONG);
        assertThat(SuiteScoring.date("2016-11-29T10:00:00", Instant.parse("2016-11-29T20:00:00Z")))
                .isEqualTo(SAME_DAY);
    }

    @Test
    void referencesWrittenAsPagesWriteThemAreRead() {
        Instant read = Instant.parse("2016-11-29T13:18:00Z");
        assertThat(SuiteScoring.date("2016-11-29T13:18:00+0000", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29 08:18:00-05:00", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("Tue, 29 Nov 2016 13:18:00 GMT", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("Tue Nov 29 2016 14:18:00 GMT+0100 (CET)", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("Tue Nov 29 08:18:00 EST 2016", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("November 29, 2016: 8:18 AM ET", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("November 29, 2016", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("11/29/2016", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("29 Nov 2016", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29T13:18:00.5Z", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29T13:18:00.12Z", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29T13:18:00.1234567Z", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29T13:18:00.123Z", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29T09:00:00.25", read)).isEqualTo(SAME_DAY);
        assertThat(SuiteScoring.date("Nov. 29, 2016", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("Sept. 29, 2016", Instant.parse("2016-09-29T10:00:00Z"))).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("Sept 29, 2016", Instant.parse("2016-09-29T10:00:00Z"))).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("Nov. 29, 2016, 8:18 a.m. ET", read)).isEqualTo(EQUAL);
        assertThat(SuiteScoring.date("2016-11-29 09:00", read)).isEqualTo(SAME_DAY);
        assertThat(SuiteScoring.date("November 30, 2016", read)).isEqualTo(WRONG);
        assertThat(SuiteScoring.date("last Tuesday", read)).isEqualTo(UNREADABLE);
    }

    @Test
    void languagesAreComparedOnTheirPrimarySubtag() {
        assertThat(SuiteScoring.sameLanguage("en-GB", "en")).isTrue();
        assertThat(SuiteScoring.sameLanguage("pt_BR", "PT")).isTrue();
        assertThat(SuiteScoring.sameLanguage("en", "fr")).isFalse();
        assertThat(SuiteScoring.sameLanguage("en", null)).isFalse();
    }

    @Test
    void siteNamesIgnoreCaseAndSpacingTitlesOnlySpacing() {
        assertThat(SuiteScoring.sameSite("The  Guardian", "the guardian")).isTrue();
        assertThat(SuiteScoring.sameSite("The Guardian", "Guardian")).isFalse();
        assertThat(SuiteScoring.sameTitle("A  title\n here", "A title here")).isTrue();
        assertThat(SuiteScoring.sameTitle("Affaire KPMG\u00a0: un juge", "Affaire KPMG : un juge")).isTrue();
        assertThat(SuiteScoring.sameTitle("A title", "a title")).isFalse();
    }

    @Test
    void bylinesAndOpeningsMatchOnLettersAndDigits() {
        assertThat(SuiteScoring.sameByline("By Jane Doe", "Jane Doe")).isTrue();
        assertThat(SuiteScoring.sameByline("Jane Doe", "John Roe")).isFalse();
        assertThat(SuiteScoring.sameByline("Ann Lee, Bo Kim and Cy Roe", "Ann Lee; Bo Kim; Cy Roe")).isTrue();
        assertThat(SuiteScoring.sameByline("Julia Carrie Wong and Sam Levin", "Julia Carrie Wong, Sam Levin")).isTrue();
        assertThat(SuiteScoring.sameByline("By Ann Lee & Bo Kim", "Bo Kim, Ann Lee")).isTrue();
        assertThat(SuiteScoring.sameByline("By: Ann Lee and Bo Kim", "Bo Kim, Ann Lee")).isTrue();
        assertThat(SuiteScoring.sameByline("Ann Lee and Bo Kim", "Ann Lee, Cy Roe")).isFalse();
        assertThat(SuiteScoring.sameByline("Steve Gillman", "Gillman, Steve")).isFalse();
        assertThat(SuiteScoring.sameByline("Jane Doe", "Jane Doe @janedoe")).isTrue();
        assertThat(SuiteScoring.sameNames("Jane Doe", "Jane Doe @janedoe")).isFalse();
        assertThat(SuiteScoring.sameNames("By Ann Lee & Bo Kim", "Bo Kim, Ann Lee")).isTrue();
        assertThat(SuiteScoring.sameNames("Par Ann Lee et Bo Kim", "Ann Lee et Bo Kim")).isTrue();
        assertThat(SuiteScoring.sameNames("Autoři: Ann Lee, Bo Kim", "Ann Lee, Bo Kim")).isTrue();
        assertThat(SuiteScoring.sameNames("Autores: Ann Lee y Bo Kim", "Bo Kim, Ann Lee")).isTrue();
        assertThat(SuiteScoring.sameNames("Maria Y. Lopez", "Maria Y. Lopez, Bo Kim")).isFalse();
        assertThat(SuiteScoring.sameNames("Maria Y. Lopez", "Maria")).isFalse();
        assertThat(SuiteScoring.sameNames("Di Maio", "Maio")).isFalse();
        assertThat(SuiteScoring.hasOpening("Police violence against protesters",
                "Intro.\nPolice violence, against protesters has risen")).isTrue();
        assertThat(SuiteScoring.hasOpening("Police violence against protesters", "Protesters against police"))
                .isFalse();
    }

    @Test
    void aBylineIsInThePageWhenEveryWordOfItIsThereInTextAttributesOrScripts() {
        byte[] page = ("<meta name=author content=\"Ann Lee\"><p>By <b>Bo</b> Kim and Jos&eacute; Ruiz</p>"
                + "<script>{\"author\":\"Cy Roe\"}</script>").getBytes(StandardCharsets.UTF_8);
        assertThat(SuiteScoring.inPage("Ann Lee", page)).isTrue();
        assertThat(SuiteScoring.inPage("Bo Kim, José Ruiz", page)).isTrue();
        assertThat(SuiteScoring.inPage("Cy Roe", page)).isTrue();
        assertThat(SuiteScoring.inPage("Fox Nation", page)).isFalse();
    }

    @Test
    void mainTextF1CountsSharedTokens() {
        assertThat(SuiteScoring.f1("a b c d", "a b c d")).isEqualTo(1.0);
        assertThat(SuiteScoring.f1("a b c d", "a b")).isEqualTo(2 * 1.0 * 0.5 / 1.5);
        assertThat(SuiteScoring.f1("a b", "")).isZero();
    }

    @Test
    void mercuryFixturesGetTheirMetaContentBackAndKeepTheirBytes() {
        byte[] page = "<meta value=\"2016-12-16T17:21:02Z\" name=\"article:published_time\"><p value=x>caf\u00e9"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new String(MercuryPages.restoreMeta(page), StandardCharsets.UTF_8)).isEqualTo(
                "<meta content=\"2016-12-16T17:21:02Z\" name=\"article:published_time\"><p value=x>caf\u00e9");
    }

    @Test
    void mercuryAssertionsBelongToTheFixtureReadBeforeThem() {
        String test = """
                const html = fs.readFileSync('./fixtures/a.com/1.html');
                assert.equal(title, 'It\\'s a "title"');
                assert.equal(
                  author,
                  "Jane Doe"
                );
                assert.equal(date_published, '2016-11-29T20:26:06.000Z');
                assert.equal(title, 'a later, different test of the same field');
                const html2 = fs.readFileSync(
                  './fixtures/a.com/2.html'
                );
                assert.equal(date_published, null);
                assert.equal(first13, 'First words of two');
                """;
        assertThat(MercuryPages.parse(test)).isEqualTo(Map.of(
                "./fixtures/a.com/1.html", Map.of("title", "It's a \"title\"", "author", "Jane Doe",
                        "date_published", "2016-11-29T20:26:06.000Z"),
                "./fixtures/a.com/2.html", Map.of("first13", "First words of two")));
    }
}
