package dev.newsflow.nlp.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlagTableTest {

    @Test
    void answersTheFlagsOredIntoEachWordByExactCase() {
        FlagTable table = new FlagTable.Builder(2).or("Paris", 1).or("Paris", 2).or("paris", 4).or("New York", 0).build();

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
        FlagTable table = new FlagTable.Builder(2).or("Aa", 1).or("BB", 2).build();

        assertThat(table.get("Aa")).isEqualTo(1);
        assertThat(table.get("BB")).isEqualTo(2);
        assertThat(table.get("AaBB".substring(2))).isEqualTo(2);
    }

    @Test
    void holdsManyWords() {
        FlagTable.Builder words = new FlagTable.Builder(8); // grows as the words come
        for (int i = 0; i < 10_000; i++) {
            words.or("Word" + i, i);
        }
        FlagTable table = words.build();

        for (int i = 0; i < 10_000; i++) {
            assertThat(table.get("Word" + i)).isEqualTo(i);
        }
        assertThat(table.get("Word10000")).isEqualTo(FlagTable.ABSENT);
    }

    @Test
    void orsAFlagIntoTheWordsATestAccepts() {
        FlagTable table = new FlagTable.Builder(4).or(List.of("river", "Rome"), 1).orWhere(w -> w.startsWith("R"), 8)
                .build();

        assertThat(table.get("river")).isEqualTo(1);
        assertThat(table.get("Rome")).isEqualTo(9);
    }

    @Test
    void aTableWrittenAndReadBackAnswersAsBefore() throws IOException {
        FlagTable.Builder words = new FlagTable.Builder(4);
        for (int i = 0; i < 1_000; i++) {
            words.or("Word" + i, i);
        }
        FlagTable table = words.or("Aa", 1).or("BB", 2).or("Zürich", 3).build();
        table.setExtras((pool, from, to) -> to - from);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.write(new DataOutputStream(bytes));

        FlagTable back = FlagTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        for (String word : List.of("Word0", "Word999", "Aa", "BB", "Zürich", "Word1000", "Zurich", "")) {
            assertThat(back.get(word)).as(word).isEqualTo(table.get(word));
            if (table.slot(word) != FlagTable.ABSENT) {
                assertThat(back.extraAt(back.slot(word))).as(word).isEqualTo(word.length());
            }
        }
    }
}
