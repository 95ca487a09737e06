package dev.newsflow.bench.observe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StoreProbeTest {

    private final List<String> asked = new ArrayList<>();
    private final List<String> inferred = new ArrayList<>();

    @Test
    void aPartitionWhoseNewestArticleIsStoredTakesOneRequest() throws InterruptedException {
        round(Set.of("a", "b", "c", "d"), List.of(pending("a", "b", "c", "d")));

        assertThat(asked).containsExactly("d");
        assertThat(inferred).containsExactly("a", "b", "c");
    }

    @Test
    void aPartitionWhoseOldestArticleIsMissingTakesTwo() throws InterruptedException {
        round(Set.of(), List.of(pending("a", "b", "c", "d")));

        assertThat(asked).containsExactly("d", "a");
        assertThat(inferred).isEmpty();
    }

    @Test
    void whereTheStoredArticlesEndIsFoundByHalving() throws InterruptedException {
        round(Set.of("a", "b", "c", "d", "e"), List.of(pending("a", "b", "c", "d", "e", "f", "g", "h", "i")));

        assertThat(asked).containsExactly("i", "a", "e", "g", "f");
        assertThat(inferred).containsExactly("b", "c", "d");
    }

    @Test
    void eachPartitionIsAskedAbout() throws InterruptedException {
        round(Set.of("a", "x"), List.of(pending("a", "b"), pending("x")));

        assertThat(asked).containsExactly("b", "a", "x");
        assertThat(inferred).isEmpty();
    }

    private void round(Set<String> stored, List<List<Timeline.Pending>> partitions) throws InterruptedException {
        StoreProbe.round(partitions, article -> {
            asked.add(article.id());
            return stored.contains(article.id());
        }, article -> inferred.add(article.id()));
    }

    private static int next;

    private static List<Timeline.Pending> pending(String... ids) {
        List<Timeline.Pending> pending = new ArrayList<>();
        int partition = next++;
        for (String id : ids) {
            pending.add(new Timeline.Pending(next++, id, partition));
        }
        return pending;
    }
}
