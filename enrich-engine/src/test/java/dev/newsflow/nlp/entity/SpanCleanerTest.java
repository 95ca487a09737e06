package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.TextSegmenter;
import dev.newsflow.nlp.text.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names a span is cleaned to, whatever tagger drew it: each text below is one span, as a tagger would give it,
 * so these hold for any model.
 */
class SpanCleanerTest {

    private static final EntityLexicon LEXICON = EntityLexicon.load();
    private static final SpanCleaner CLEANER = new SpanCleaner(LEXICON, new KnownNames(LEXICON, Gazetteer.load(), WordClusters.none()));
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static List<String> person(String span) {
        return clean(span, true);
    }

    private static List<String> organisation(String span) {
        return clean(span, false);
    }

    private static List<String> clean(String span, boolean person) {
        List<Token> tokens = SEGMENTER.segment(span).getFirst().tokens();
        List<String> parts = new ArrayList<>();
        CLEANER.split(span, tokens, 0, tokens.size(), person,
                (from, to) -> parts.add(span.substring(tokens.get(from).start(), tokens.get(to - 1).end())));
        return parts;
    }

    @Test
    void aPoliticalLabelBeforeAPersonIsNotHisName() {
        assertThat(person("Blairite Alan Milburn")).containsExactly("Alan Milburn");
        assertThat(person("Bennite Tony Cook")).containsExactly("Tony Cook");
        assertThat(person("Marxist Tony Cook")).containsExactly("Tony Cook");
        assertThat(person("Tory MP Alan Milburn")).containsExactly("Alan Milburn");
        assertThat(person("Former Labour MP Alan Milburn")).containsExactly("Alan Milburn");
        assertThat(person("Labour's Alan Milburn")).containsExactly("Alan Milburn");
        assertThat(person("Republican Ann Dole")).containsExactly("Ann Dole");
    }

    @Test
    void aGivenNameThatIsAlsoALabelStaysWhenItIsAllTheFirstNameThereIs() {
        assertThat(person("Roman Abramovich")).containsExactly("Roman Abramovich");
        assertThat(person("Christian Dior")).containsExactly("Christian Dior");
    }

    @Test
    void aCountryOrNationalityBeforeABodyOfAStateIsAModifier() {
        assertThat(organisation("US State Department")).containsExactly("State Department");
        assertThat(organisation("U.S. Agriculture Department")).containsExactly("Agriculture Department");
        assertThat(organisation("US Department of Justice")).containsExactly("Department of Justice");
        assertThat(organisation("French Finance Ministry")).containsExactly("Finance Ministry");
        assertThat(organisation("British Foreign Office")).containsExactly("Foreign Office");
        assertThat(organisation("Britain's Foreign Office")).containsExactly("Foreign Office");
    }

    @Test
    void aNameOfItsOwnKeepsItsNationality() {
        assertThat(organisation("European Parliament")).containsExactly("European Parliament");
        assertThat(organisation("Scottish Parliament")).containsExactly("Scottish Parliament");
        assertThat(organisation("US Airways")).containsExactly("US Airways");
        assertThat(organisation("British Airways")).containsExactly("British Airways");
    }

    @Test
    void thePluralOfABodysChambersIsTheBody() {
        assertThat(organisation("Houses of Parliament")).containsExactly("Parliament");
        assertThat(organisation("House of Commons")).containsExactly("House of Commons");
    }
}
