package dev.newsflow.nlp.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordTableTest {

    @Test
    void findsAWordWhateverItsCaseAndApostrophe() {
        WordTable table = WordTable.of(List.of("crisis", "don't"));

        assertThat(table.find("Crisis")).isEqualTo(table.find("crisis")).isEqualTo(table.find("CRISIS")).isNotNegative();
        assertThat(table.find("DON\u2019T")).isEqualTo(table.find("don't")).isNotNegative();
        assertThat(table.find("crises")).isEqualTo(-1);
        assertThat(table.find("")).isEqualTo(-1);
    }

    @Test
    void findsAWordInsideALongerText() {
        WordTable table = WordTable.of(List.of("the", "of"));
        String text = "Mayor of THE town";

        assertThat(table.find(text, 6, 8)).isEqualTo(table.find("of"));
        assertThat(table.find(text, 9, 12)).isEqualTo(table.find("the"));
        assertThat(table.find(text, 0, 5)).isEqualTo(-1);
    }

    @Test
    void numbersWordsInOrderOfFirstSightAndKeepsTheFoldedForm() {
        WordTable table = new WordTable(2);
        for (int i = 0; i < 1_000; i++) {
            assertThat(table.add("Word" + i)).isEqualTo(i);
        }

        assertThat(table.add("WORD7")).isEqualTo(7);
        assertThat(table.size()).isEqualTo(1_000);
        assertThat(table.word(999)).isEqualTo("word999");
        assertThat(table.find("word512")).isEqualTo(512);
    }

    @Test
    void aSharedTableCannotBeChanged() {
        WordTable table = WordTable.of(List.of("calm"));

        assertThatThrownBy(() -> table.add("storm")).isInstanceOf(UnsupportedOperationException.class);
    }
}
