package dev.newsflow.bench.feed;

import java.util.ArrayList;
import java.util.List;

/** The articles of one run, in feeding order, split into batches (one inbox file or one producer flush each). */
public record LoadPlan(List<BenchArticle> articles, int batchSize) {

    public LoadPlan {
        articles = List.copyOf(articles);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
    }

    /** {@code count} articles taken from the corpus in order, going round again when it is shorter. */
    public static LoadPlan of(List<SourceArticle> corpus, int count, int batchSize, RunMarker marker) {
        List<BenchArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SourceArticle source = corpus.get(i % corpus.size());
            articles.add(new BenchArticle(i, marker.tag(source.title(), i), source.body()));
        }
        return new LoadPlan(articles, batchSize);
    }

    public List<List<BenchArticle>> batches() {
        List<List<BenchArticle>> batches = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += batchSize) {
            batches.add(articles.subList(from, Math.min(from + batchSize, articles.size())));
        }
        return batches;
    }

    public int size() {
        return articles.size();
    }
}
