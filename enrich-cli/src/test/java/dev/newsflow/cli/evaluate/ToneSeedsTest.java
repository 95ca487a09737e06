package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.evaluate.ToneFit.Scored;
import dev.newsflow.nlp.sentiment.ToneScale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ToneSeedsTest {

    private static final Function<List<Scored>, ToneScale> BY_SHARES = articles -> ToneFit.byShares(articles).scale();

    @Test
    void eachSeedIsTheCrossValidationThatSeedGivesAndTheMeanAveragesThem() {
        Map<String, List<Scored>> sets = sets();
        List<Scored> all = new ArrayList<>();
        sets.values().forEach(all::addAll);

        ToneSeeds repeated = ToneSeeds.run(sets, 5, 3, 4, BY_SHARES);

        assertThat(repeated.seeds()).hasSize(4);
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            ToneTally alone = ToneHeldOut.folds(all, 5, 3 + i, BY_SHARES).pooled();
            assertThat(repeated.seeds().get(i).confusion()).isEqualTo(alone.confusion());
            sum += alone.accuracy();
        }
        assertThat(repeated.meanAccuracy()).isCloseTo(sum / 4, within(1e-12));
    }

    @Test
    void eachSetIsTalliedOnItsOwnArticlesOnly() {
        ToneSeeds repeated = ToneSeeds.run(sets(), 5, 1, 2, BY_SHARES);

        assertThat(repeated.sets()).containsOnlyKeys("calm", "stray");
        for (int seed = 0; seed < 2; seed++) {
            int[][] pooled = repeated.seeds().get(seed).confusion();
            int[][] calm = repeated.sets().get("calm").get(seed).confusion();
            int[][] stray = repeated.sets().get("stray").get(seed).confusion();
            for (int gold = 0; gold < 3; gold++) {
                for (int predicted = 0; predicted < 4; predicted++) {
                    assertThat(calm[gold][predicted] + stray[gold][predicted]).isEqualTo(pooled[gold][predicted]);
                }
            }
            // the stray set's neutral articles score like positive ones: wherever the bars fall, they read positive
            assertThat(stray[1][2]).isEqualTo(3);
        }
    }

    /** "calm": articles whose scores follow their labels; "stray": neutral articles that score like positive ones. */
    private static Map<String, List<Scored>> sets() {
        List<Scored> calm = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calm.add(new Scored(-0.5 - i / 100.0, -1));
            calm.add(new Scored(i / 1000.0, 0));
            calm.add(new Scored(0.5 + i / 100.0, 1));
        }
        Map<String, List<Scored>> sets = new LinkedHashMap<>();
        sets.put("calm", calm);
        sets.put("stray", List.of(new Scored(0.7, 0), new Scored(0.8, 0), new Scored(0.9, 0)));
        return sets;
    }
}
