package dev.newsflow.formats.html;

import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.Map;

/** A candidate's final score: its content score less its share of link text, worked out once per element. */
final class FinalScores {

    private final TextStats stats;
    private final ContentScores scores;
    private final Map<Element, Double> finalScores = new IdentityHashMap<>();

    FinalScores(TextStats stats, ContentScores scores) {
        this.stats = stats;
        this.scores = scores;
    }

    double of(Element candidate) {
        return finalScores.computeIfAbsent(candidate, c -> scores.of(c) * (1 - stats.of(c).linkDensity()));
    }
}
