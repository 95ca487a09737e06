package dev.newsflow.nlp.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = LanguageIdentifier.load();

    @Test
    void recognisesEnglishNews() {
        assertThat(IDENTIFIER.identify("The city council said on Monday that it would open two new libraries "
                + "in the spring, after residents asked for more places to study.")).isEqualTo("en");
    }

    @Test
    void recognisesEnglishWithFewFunctionWords() {
        assertThat(IDENTIFIER.identify("QUARTERLY RESULTS\n\nRevenue up sharply; shares climb after strong "
                + "holiday sales; chief executive upbeat; analysts expect further growth next quarter")).isEqualTo("en");
    }

    @Test
    void marksGermanAndFrenchArticles() {
        assertThat(IDENTIFIER.identify("Der Stadtrat hat am Montag beschlossen, im Frühjahr zwei neue Bibliotheken "
                + "zu eröffnen, nachdem viele Bürger mehr Plätze zum Lernen gefordert hatten.")).isEqualTo("de");
        assertThat(IDENTIFIER.identify("Le conseil municipal a décidé lundi d'ouvrir deux nouvelles bibliothèques "
                + "au printemps, après que les habitants ont demandé davantage de places pour étudier.")).isEqualTo("fr");
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(IDENTIFIER.identify("Ok 42")).isEqualTo(LanguageIdentifier.UNDETERMINED);
        assertThat(IDENTIFIER.identify("")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }

    @Test
    void placeholderLatinIsInNoLanguage() {
        assertThat(IDENTIFIER.identify("Page draft\n\nLorem ipsum dolor sit amet, consectetur adipisicing elit, sed do "
                + "eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
                + "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.")).isEqualTo(
                        LanguageIdentifier.UNDETERMINED);
        assertThat(IDENTIFIER.identify("The designers filled the mock-up with lorem ipsum dolor sit amet, the filler "
                + "text printers have used for centuries, until the writers sent their copy.")).isEqualTo("en");
    }

    @Test
    void profilesThatFailToLoadAreNotReadAgainForEveryArticle() {
        AtomicInteger reads = new AtomicInteger();
        LanguageIdentifier broken = new LanguageIdentifier(() -> {
            reads.incrementAndGet();
            throw new UncheckedIOException(new IOException("profiles missing from the jar"));
        });
        String german = "Der Stadtrat hat am Montag beschlossen, im Frühjahr zwei neue Bibliotheken zu eröffnen.";
        String french = "Le conseil municipal a décidé lundi d'ouvrir deux nouvelles bibliothèques au printemps.";

        assertThatThrownBy(() -> broken.identify(german)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("profiles missing from the jar");
        assertThatThrownBy(() -> broken.identify(french)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("profiles missing from the jar");
        assertThat(broken.identify("The city council said on Monday that it would open two new libraries in the spring."))
                .as("plainly English text never needs the profiles").isEqualTo("en");
        assertThat(reads).hasValue(1);
    }
}
