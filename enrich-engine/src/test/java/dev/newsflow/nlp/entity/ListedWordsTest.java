package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListedWordsTest {

    private static final WordClusters CLUSTERS = WordClusters.load();

    private static int path(String word) {
        return CLUSTERS.path(WordClusters.key(word, 0, word.length()));
    }

    private static SentenceTokens tokens(String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : words) {
            tokens.add(new Token(word, at, at + word.length()));
            at += word.length() + 1;
        }
        return new SentenceTokens(tokens);
    }

    @Test
    void aListedWordBringsItsClusterPathFromTheSameLookUpAsItsFlags() {
        FlagTable table = new FlagTable.Builder(4).or("London", 1).or("Opel", 2).or("the", 4).or("Qxzvvbn", 8).build();
        ListedWords words = new ListedWords(table, CLUSTERS);
        SentenceTokens sentence = tokens("London", "Opel", "the", "Qxzvvbn", "Paris");

        assertThat(words.at(sentence, 0)).isEqualTo(1);
        assertThat(words.pathAt(sentence, 0)).isNotZero().isEqualTo(path("london"));
        assertThat(words.pathAt(sentence, 1)).isNotZero().isEqualTo(path("opel"));
        assertThat(words.pathAt(sentence, 2)).isNotZero().isEqualTo(path("the"));
        assertThat(words.pathAt(sentence, 3)).isZero(); // listed, but in no cluster
        assertThat(words.pathAt(sentence, 4)).isEqualTo(ListedWords.NO_PATH); // not listed: the clusters answer
        assertThat(words.at(sentence, 4)).isEqualTo(ListedWords.UNLISTED);
    }

    @Test
    void wordsWithoutClustersHaveNoPath() {
        ListedWords words = new ListedWords(new FlagTable.Builder(2).or("London", 1).build(), WordClusters.none());

        assertThat(words.pathAt(tokens("London"), 0)).isZero();
        assertThat(words.at(tokens("London"), 0)).isEqualTo(1);
    }

    @Test
    void aTokensFlagsAreThoseOfItsText() {
        FlagTable table = new FlagTable.Builder(2).or("London", 1).or("the", 4).build();
        ListedWords words = new ListedWords(table, WordClusters.none());

        for (String word : List.of("London", "the", "Paris", "london")) {
            Token token = new Token(word, 0, word.length());
            assertThat(words.of(token)).as(word).isEqualTo(words.of(word));
            assertThat(words.of(token)).as(word + ", asked again").isEqualTo(words.of(word));
        }
    }
}
