package dev.newsflow.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadPlanTest {

    private final List<SourceArticle> corpus = List.of(
            new SourceArticle("Bridge opens", "Traffic flowed by noon."),
            new SourceArticle("Storm nears", "Schools will close."));

    @Test
    void goesRoundTheCorpusWithADistinctIdForEveryArticle() {
        LoadPlan plan = LoadPlan.of(corpus, 5, 2, new RunMarker("0badcafe"));

        assertThat(plan.articles()).extracting(BenchArticle::body).containsExactly("Traffic flowed by noon.",
                "Schools will close.", "Traffic flowed by noon.", "Schools will close.", "Traffic flowed by noon.");
        assertThat(plan.articles()).extracting(BenchArticle::id).doesNotHaveDuplicates();
    }

    @Test
    void twoRunsOfTheSameCorpusNeverShareAnId() {
        List<String> first = LoadPlan.of(corpus, 2, 1, new RunMarker("00000001")).articles().stream()
                .map(BenchArticle::id).toList();
        List<String> second = LoadPlan.of(corpus, 2, 1, new RunMarker("00000002")).articles().stream()
                .map(BenchArticle::id).toList();

        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void splitsIntoBatchesWithTheRestInTheLast() {
        LoadPlan plan = LoadPlan.of(corpus, 5, 2, new RunMarker("0badcafe"));

        assertThat(plan.batches()).extracting(List::size).containsExactly(2, 2, 1);
    }
}
