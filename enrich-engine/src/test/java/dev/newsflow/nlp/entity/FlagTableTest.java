package dev.newsflow.nlp.entity;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlagTableTest {

    @Test
    void answersEachWordsFlagsByExactCase() {
        FlagTable table = new FlagTable(Map.of("Paris", 3, "paris", 4, "New York", 0));

        assertThat(table.get("Paris")).isEqualTo(3);
        assertThat(table.get("paris")).isEqualTo(4);
        assertThat(table.get("New York")).isZero();
        assertThat(table.get("PARIS")).isEqualTo(FlagTable.ABSENT);
        assertThat(table.get("Pari")).isEqualTo(FlagTable.ABSENT);
        assertThat(table.get("")).isEqualTo(FlagTable.ABSENT);
    }

    @Test
    void tellsApartWordsWithTheSameHash() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        FlagTable table = new FlagTable(Map.of("Aa", 1, "BB", 2));

        assertThat(table.get("Aa")).isEqualTo(1);
        assertThat(table.get("BB")).isEqualTo(2);
        assertThat(table.get("AaBB".substring(2))).isEqualTo(2);
    }

    @Test
    void holdsManyWords() {
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            words.put("Word" + i, i);
        }
        FlagTable table = new FlagTable(words);

        for (int i = 0; i < 10_000; i++) {
            assertThat(table.get("Word" + i)).isEqualTo(i);
        }
        assertThat(table.get("Word10000")).isEqualTo(FlagTable.ABSENT);
    }
}
