package dev.newsflow.bench.observe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StoreProbeTest {

    @Test
    void aRoundAsksNoMoreOfAPartitionOnceTheStoreLacksOneOfItsArticles() throws InterruptedException {
        Set<String> stored = Set.of("a", "c");
        List<String> asked = new ArrayList<>();
        List<Timeline.Pending> pending = List.of(new Timeline.Pending(0, "a", 0), new Timeline.Pending(1, "b", 0),
                new Timeline.Pending(2, "c", 1), new Timeline.Pending(3, "d", 0), new Timeline.Pending(4, "e", 1));

        StoreProbe.round(pending, article -> {
            asked.add(article.id());
            return stored.contains(article.id());
        });

        // partition 0 stops at b once its newest (d) is missing too; partition 1 goes on past c and stops at e
        assertThat(asked).containsExactly("a", "b", "d", "c", "e");
    }

    @Test
    void anArticleTheStoreNeverShowsDoesNotHideTheRestOfItsPartition() throws InterruptedException {
        Set<String> stored = Set.of("a", "c", "d");
        List<String> asked = new ArrayList<>();
        List<Timeline.Pending> pending = List.of(new Timeline.Pending(0, "a", 0), new Timeline.Pending(1, "b", 0),
                new Timeline.Pending(2, "c", 0), new Timeline.Pending(3, "d", 0));

        StoreProbe.round(pending, article -> {
            asked.add(article.id());
            return stored.contains(article.id());
        });

        // b is never stored: its partition's newest (d) is, so c is asked for too, and d only once
        assertThat(asked).containsExactly("a", "b", "d", "c");
    }
}
