package dev.newsflow.examples.alerts;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Decides, for one enriched article, which alerts to raise: one per watched entity the article names, when the
 * article's tone ({@code sentiment.score}) or the tone of the sentences naming that entity
 * ({@code entities[].sentiment.score}) is at or below the threshold. Reads only fields the schema requires or
 * declares optional, and ignores everything else, as the contract asks of consumers.
 */
final class AlertRule {

    private final WatchList watchList;
    private final double threshold;

    AlertRule(WatchList watchList, double threshold) {
        this.watchList = watchList;
        this.threshold = threshold;
    }

    List<Alert> alertsFor(JsonNode article) {
        JsonNode documentScore = article.path("sentiment").path("score");
        if (!article.path("id").isString() || !documentScore.isNumber()) {
            throw new IllegalArgumentException("not an enriched article: no id or no sentiment.score");
        }
        List<Alert> alerts = new ArrayList<>();
        for (JsonNode entity : article.path("entities")) {
            if (!watchList.matches(entity)) {
                continue;
            }
            JsonNode entityScore = entity.path("sentiment").path("score");
            Double entityTone = entityScore.isNumber() ? entityScore.asDouble() : null;
            if (documentScore.asDouble() <= threshold || (entityTone != null && entityTone <= threshold)) {
                alerts.add(new Alert(article.path("id").asString(), entity.path("name").asString(),
                        entity.path("id").isString() ? entity.path("id").asString() : null, documentScore.asDouble(),
                        entityTone, article.path("title").asString(""),
                        article.path("publishedAt").isString() ? article.path("publishedAt").asString() : null));
            }
        }
        return alerts;
    }
}
