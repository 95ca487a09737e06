package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.evaluate.ToneFit.Scored;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToneFoldsTest {

    /** 7 negative, 11 neutral, 5 positive articles, labels interleaved as a gold file has them. */
    private static List<Scored> articles() {
        List<Scored> articles = new ArrayList<>();
        int[] counts = {7, 11, 5};
        for (int i = 0; articles.size() < 23; i++) {
            int gold = i % 3 - 1;
            if (counts[gold + 1]-- > 0) {
                articles.add(new Scored(i / 100.0, gold));
            }
        }
        return articles;
    }

    @Test
    void everyFoldGetsItsShareOfEachLabelAndFoldSizesDifferByOneAtMost() {
        List<Scored> articles = articles();

        int[] fold = ToneFolds.assign(articles, 5, 1);

        int[] sizes = new int[5];
        int[][] labels = new int[5][3];
        for (int i = 0; i < fold.length; i++) {
            sizes[fold[i]]++;
            labels[fold[i]][articles.get(i).gold() + 1]++;
        }
        assertThat(Arrays.stream(sizes).max().getAsInt() - Arrays.stream(sizes).min().getAsInt()).isLessThanOrEqualTo(1);
        for (int[] perLabel : labels) {
            assertThat(perLabel[0]).as("negative in a fold").isBetween(1, 2);
            assertThat(perLabel[1]).as("neutral in a fold").isBetween(2, 3);
            assertThat(perLabel[2]).as("positive in a fold").isEqualTo(1);
        }
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        List<Scored> articles = articles();

        assertThat(ToneFolds.assign(articles, 5, 7)).isEqualTo(ToneFolds.assign(articles, 5, 7));
        assertThat(ToneFolds.assign(articles, 5, 7)).isNotEqualTo(ToneFolds.assign(articles, 5, 8));
    }

    @Test
    void aFoldAndTheRestSplitTheArticlesInTheirOrder() {
        List<Scored> articles = articles();
        int[] fold = ToneFolds.assign(articles, 4, 1);

        List<Scored> held = ToneFolds.select(articles, fold, 2, true);
        List<Scored> rest = ToneFolds.select(articles, fold, 2, false);

        assertThat(held.size() + rest.size()).isEqualTo(articles.size());
        assertThat(held).doesNotContainAnyElementsOf(rest);
        assertThat(rest).isSortedAccordingTo((a, b) -> Double.compare(a.score(), b.score()));
    }

    @Test
    void fewerThanTwoFoldsOrMoreFoldsThanArticlesAreRefused() {
        assertThatThrownBy(() -> ToneFolds.assign(articles(), 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ToneFolds.assign(articles(), 24, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
