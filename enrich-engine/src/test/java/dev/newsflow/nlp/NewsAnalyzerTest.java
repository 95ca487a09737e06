package dev.newsflow.nlp;

import dev.newsflow.events.ArticleText;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NewsAnalyzerTest {

    private static final NewsAnalyzer ANALYZER = NewsAnalyzer.load();

    private static final String TITLE = "Floods cut off villages in northern Portugal";
    private static final String BODY = """
            Heavy rain has flooded dozens of villages near Braga, leaving thousands of people without power.

            Portuguese Prime Minister Tomas Ferreira visited the area on Sunday. Ferreira said the army would \
            help clear the roads, and the European Union promised emergency funds.

            The Red Cross said at least four people had died. Rescue teams from Spain joined the search.
            """;

    @Test
    void findsPeopleOrganisationsAndPlacesWithOffsetsIntoTheArticleText() {
        Analysis analysis = ANALYZER.analyze(TITLE, BODY);
        String text = ArticleText.of(TITLE, BODY);

        assertThat(analysis.language()).isEqualTo("en");
        assertThat(analysis.entities()).extracting(NamedEntity::name, NamedEntity::type).contains(
                org.assertj.core.groups.Tuple.tuple("Tomas Ferreira", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("European Union", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Red Cross", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Portugal", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Braga", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Spain", EntityType.LOCATION));
        NamedEntity ferreira = analysis.entities().stream().filter(e -> e.name().equals("Tomas Ferreira"))
                .findFirst().orElseThrow();
        assertThat(ferreira.aliases()).containsExactly("Ferreira");
        assertThat(text.substring(ferreira.firstOffset())).startsWith("Tomas Ferreira");
        NamedEntity redCross = analysis.entities().stream().filter(e -> e.name().equals("Red Cross"))
                .findFirst().orElseThrow();
        // an entity takes the tone of the sentences that name it: the deaths, not the promised help
        assertThat(redCross.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analysis.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        NamedEntity portugal = analysis.entities().stream().filter(e -> e.name().equals("Portugal"))
                .findFirst().orElseThrow();
        assertThat(portugal.geo().countryCode()).isEqualTo("PT");
        assertThat(analysis.wordCount()).isGreaterThan(60);
    }

    /**
     * CMS text and JSON feeds spell names with no-break spaces, typeset text with thin or en spaces, pasted text with
     * tabs; HTML's &amp;nbsp; arrives as a no-break space too.
     */
    @Test
    void aNameSpeltWithOtherSpacesIsTheSameEntityAsWithSpaces() {
        for (String space : new String[] {"\u00A0", "\u202F", "\u2007", "\t", "\u2009", "\u2002", "\u3000"}) {
            String body = "The harbour master of Portmell, Ines" + space + "Marwood, closed the quay on Monday after "
                    + "the storm damaged its wall.\n\nInes Marwood said repairs would take a month.";
            Analysis analysis = ANALYZER.analyze("Storm closes Portmell quay", body);

            assertThat(analysis.entities()).as("U+%04X", (int) space.charAt(0))
                    .filteredOn(e -> e.type() == EntityType.PERSON)
                    .extracting(NamedEntity::name, NamedEntity::mentions)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ines Marwood", 2));
            NamedEntity marwood = analysis.entities().stream().filter(e -> e.name().equals("Ines Marwood"))
                    .findFirst().orElseThrow();
            assertThat(ArticleText.of("Storm closes Portmell quay", body).substring(marwood.firstOffset()))
                    .startsWith("Ines" + space + "Marwood");
        }
    }

    @Test
    void otherLanguagesGetNoEnglishAnalysis() {
        Analysis analysis = ANALYZER.analyze("Inondations au Portugal",
                "De fortes pluies ont inondé des dizaines de villages près de Braga, privant des milliers de "
                        + "personnes d'électricité. Le Premier ministre s'est rendu sur place dimanche et a promis "
                        + "que l'armée aiderait à dégager les routes pendant toute la semaine prochaine.");
        assertThat(analysis.language()).isEqualTo("fr");
        assertThat(analysis.entities()).isEmpty();
        assertThat(analysis.keywords()).isEmpty();
        assertThat(analysis.sentiment().label()).isEqualTo(SentimentLabel.NEUTRAL);
    }
}
