package dev.newsflow.nlp;

import dev.newsflow.events.NamedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The site that published an article names itself in the title it declares; it is not the article's entity. */
class SiteNameInTitleTest {

    private static final NewsAnalyzer ANALYZER = NewsAnalyzer.load();

    private static final String SITE = "Harbour Gazette";
    private static final String HEADLINE = "Council delays the opening of the new quay in Portsmouth";
    private static final String BODY = """
            The city council has put off the opening of the rebuilt quay in Portsmouth until the spring, after \
            engineers found cracks in two of its piers.

            Council leader Martin Hale said the repairs would cost far more than planned. Ferry operators warned \
            that summer sailings to the Isle of Wight could be cut.
            """;

    /** The site's name after the headline and before it, behind each separator. */
    static Stream<String> titlesNamingTheSite() {
        return Stream.of(" | ", " - ", " – ", " — ", " : ", " · ", " / ", " » ")
                .flatMap(separator -> Stream.of(HEADLINE + separator + SITE, SITE + separator + HEADLINE));
    }

    @ParameterizedTest
    @MethodSource("titlesNamingTheSite")
    void theSiteNameAtEitherEndOfTheTitleIsNotAnEntity(String title) {
        assertThat(names(ANALYZER.analyze(title, BODY))).anyMatch(name -> name.contains("harbour gazette"));
        Analysis analysis = ANALYZER.analyze(title, BODY, SITE);

        assertThat(names(analysis)).noneMatch(name -> name.contains("harbour gazette"))
                .contains("portsmouth", "martin hale");
        // offsets still point at the published title and body: the site's characters were only left out
        assertThat(entity(analysis, "Portsmouth").firstOffset()).isEqualTo(title.indexOf("Portsmouth"));
        assertThat(entity(analysis, "Martin Hale").firstOffset())
                .isEqualTo(title.length() + 2 + BODY.indexOf("Martin Hale"));
    }

    @Test
    void aFeedItemTitledAfterItsBroadcasterDoesNotMakeTheBroadcasterAnEntity() {
        String title = "Ferry sailings to the Isle of Wight cut for the summer - BBC News";

        assertThat(names(ANALYZER.analyze(title, BODY))).anyMatch(name -> name.startsWith("bbc"));
        assertThat(names(ANALYZER.analyze(title, BODY, "BBC News"))).noneMatch(name -> name.startsWith("bbc"));
    }

    @Test
    void theSiteNameMatchesWhateverItsCaseAndSpacing() {
        String title = HEADLINE + " | " + SITE;

        assertThat(names(ANALYZER.analyze(title, BODY, "  harbour   GAZETTE ")))
                .noneMatch(name -> name.contains("harbour gazette"));
    }

    @Test
    void aSiteNameThatHoldsASeparatorIsMatchedWhole() {
        String title = HEADLINE + " | " + SITE + " - Business";

        assertThat(names(ANALYZER.analyze(title, BODY, SITE + " - Business")))
                .noneMatch(name -> name.contains("harbour gazette"));
    }

    @Test
    void aTitleOfManySeparatorsAndSpacesIsReadInLinearTime() {
        // what a hostile page may declare; trying the site's name at every separator took minutes on these
        String separators = "Quay" + " | Harbour".repeat(100_000) + " | " + SITE;
        String spaces = "Quay" + " ".repeat(400_000) + "| " + SITE;

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(SiteNameInTitle.blanked(separators, SITE)).endsWith(" ".repeat(SITE.length() + 3));
            assertThat(SiteNameInTitle.blanked(spaces, SITE)).isEqualTo("Quay" + " ".repeat(spaces.length() - 4));
        });
    }

    @Test
    void aSourceThatIsOnlyPartOfTheSegmentChangesNothing() {
        String title = HEADLINE + " | " + SITE;
        Analysis whole = ANALYZER.analyze(title, BODY);

        assertThat(ANALYZER.analyze(title, BODY, "Gazette")).isEqualTo(whole);
        assertThat(ANALYZER.analyze(title, BODY, "Harbour Gazette Online")).isEqualTo(whole);
        assertThat(ANALYZER.analyze(title, BODY, "Portsmouth")).isEqualTo(whole);
    }

    @Test
    void theSiteNamedInTheBodyIsStillAnEntityFoundThere() {
        String title = HEADLINE + " - " + SITE;
        String body = BODY + "\nThe Harbour Gazette first reported the cracks in January.\n";

        NamedEntity site = entity(ANALYZER.analyze(title, body, SITE), SITE);

        assertThat(site.mentions()).isEqualTo(1);
        assertThat(site.firstOffset()).isEqualTo(title.length() + 2 + body.indexOf(SITE));
    }

    @Test
    void aTitleThatIsOnlyTheSiteNameIsAnalysedWhole() {
        assertThat(ANALYZER.analyze(SITE, BODY, SITE)).isEqualTo(ANALYZER.analyze(SITE, BODY));
        // a separator and marks before the name leave no words: nothing is blanked
        for (String title : new String[] {"\u2026 | " + SITE, " \u00B7 " + SITE, SITE + " | \u2026"}) {
            assertThat(SiteNameInTitle.blanked(title, SITE)).as(title).isSameAs(title);
        }
    }

    @Test
    void theSiteNameStillCountsAmongTheTitlesWords() {
        String title = HEADLINE + " | " + SITE;

        assertThat(ANALYZER.analyze(title, BODY, SITE).wordCount()).isEqualTo(ANALYZER.analyze(title, BODY).wordCount());
    }

    private static java.util.List<String> names(Analysis analysis) {
        return analysis.entities().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static NamedEntity entity(Analysis analysis, String name) {
        return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
