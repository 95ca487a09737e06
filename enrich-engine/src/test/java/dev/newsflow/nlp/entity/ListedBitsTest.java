package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules ask the one table of list bits before a list's own set ({@link KnownNames#listedAs}) and before the
 * gazetteer ({@link KnownNames#placeAt}): that is only the same answer while every word of those lists carries its bit.
 */
class ListedBitsTest {

    private static final EntityLexicon LEXICON = EntityLexicon.load();
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final KnownNames NAMES = new KnownNames(LEXICON, GAZETTEER, WordClusters.none());

    private static void assertEveryWordCarries(Set<String> list, int bit) {
        assertThat(list).isNotEmpty().doesNotContain("");
        for (String word : list) {
            List<Token> tokens = new SentenceTokens(List.of(new Token(word, 0, word.length())));
            assertThat(NAMES.listedAs(tokens, 0, bit)).as(word).isTrue();
        }
    }

    @Test
    void everyWordOfTheListsTheRulesTestByBitCarriesIt() {
        assertEveryWordCarries(LEXICON.nonEntities, ListFlags.NON_ENTITY);
        assertEveryWordCarries(LEXICON.nonEntitySuffixes, ListFlags.NON_ENTITY);
        assertEveryWordCarries(LEXICON.orgSuffixes, ListFlags.ORG_SUFFIX);
        assertEveryWordCarries(LEXICON.locSuffixes, ListFlags.LOC_SUFFIX);
        assertEveryWordCarries(LEXICON.locPrefixes, ListFlags.LOC_PREFIX);
        assertEveryWordCarries(LEXICON.firstNames, ListFlags.FIRST_NAME);
        assertEveryWordCarries(LEXICON.organizationNouns, ListFlags.WORK_OR_ORG_NOUN);
        assertEveryWordCarries(LEXICON.organizationFollowers, ListFlags.PLACE_NOUN_OR_FOLLOWER);
    }

    @Test
    void aOneWordSpanIsThePlaceTheGazetteerNames() {
        String text = "Paris and Zqxtown and Georgia";
        List<Token> tokens = new SentenceTokens(List.of(new Token("Paris", 0, 5), new Token("and", 6, 9),
                new Token("Zqxtown", 10, 17), new Token("and", 18, 21), new Token("Georgia", 22, 29)));
        for (int i = 0; i < tokens.size(); i++) {
            Place expected = GAZETTEER.find(tokens.get(i).text());
            assertThat(NAMES.placeAt(text, tokens, i, i + 1)).as(tokens.get(i).text()).isEqualTo(expected);
        }
        assertThat(NAMES.placeAt(text, tokens, 0, 1)).isNotNull();
        assertThat(NAMES.placeAt(text, tokens, 2, 3)).isNull();
    }
}
