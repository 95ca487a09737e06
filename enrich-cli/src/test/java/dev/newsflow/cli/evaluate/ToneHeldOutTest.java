package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.evaluate.ToneFit.Scored;
import dev.newsflow.nlp.sentiment.ToneScale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ToneHeldOutTest {

    @Test
    void eachSetIsLabelledWithTheBarsFittedOnTheOtherNotOnItself() {
        // set "a" separates at +-0.05, set "b" at +-0.30: each set's own bars would label it perfectly
        Map<String, List<Scored>> sets = new LinkedHashMap<>();
        sets.put("a", List.of(new Scored(-0.10, -1), new Scored(0, 0), new Scored(0.10, 1)));
        sets.put("b", List.of(new Scored(-0.40, -1), new Scored(-0.10, 0), new Scored(0.10, 0), new Scored(0.40, 1)));

        ToneHeldOut held = ToneHeldOut.sets(sets, articles -> ToneFit.fit(articles).scale());

        assertThat(held.parts()).extracting(ToneHeldOut.Part::name).containsExactly("a", "b");
        assertThat(held.parts().get(0).bars()).isEqualTo(ToneFit.fit(sets.get("b")).scale());
        assertThat(held.parts().get(1).bars()).isEqualTo(ToneFit.fit(sets.get("a")).scale());
        // b's wide band calls a's mild articles neutral; a's narrow band calls b's mild ones negative and positive
        assertThat(held.parts().get(0).tally().accuracy()).isEqualTo(1.0 / 3);
        assertThat(held.parts().get(1).tally().accuracy()).isEqualTo(0.5);
        assertThat(held.pooled().accuracy()).isEqualTo(3.0 / 7);
    }

    @Test
    void crossValidationLabelsEveryArticleOnceWithBarsFittedWithoutIt() {
        List<Scored> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            articles.add(new Scored(-0.5 - i / 100.0, -1));
            articles.add(new Scored(0, 0));
            articles.add(new Scored(0.5 + i / 100.0, 1));
        }
        // one neutral article scored like the positive ones: in-sample fitting cannot place it, held out it is wrong
        articles.add(new Scored(0.6, 0));

        ToneHeldOut held = ToneHeldOut.folds(articles, 5, 1, fitted -> ToneFit.fit(fitted).scale());

        int[][] confusion = held.pooled().confusion();
        int labelled = 0;
        for (int[] row : confusion) {
            for (int count : row) {
                labelled += count;
            }
        }
        assertThat(labelled).isEqualTo(articles.size());
        assertThat(held.parts()).hasSize(5).allSatisfy(part -> assertThat(part.bars()).isNotNull());
        assertThat(confusion[1][2]).as("the stray neutral article is called positive").isEqualTo(1);
        assertThat(held.pooled().accuracy()).isEqualTo(30.0 / 31);
        // every training set holds the clean articles; the narrowest band between them is the same in each fold
        assertThat(held.parts()).extracting(ToneHeldOut.Part::bars).containsOnly(new ToneScale(0.01, -0.01));
    }
}
