package dev.newsflow.examples.alerts;

import java.util.Locale;

/**
 * One alert: a strongly negative article about a watched entity.
 *
 * @param entityScore tone of the sentences naming the entity; null when the record has none
 */
record Alert(String articleId, String entityName, String entityId, double documentScore, Double entityScore,
        String title, String publishedAt) {

    /** One line, tab-free and newline-free whatever the title holds, so each alert stays one log line. */
    String line() {
        return String.format(Locale.ROOT, "ALERT entity=\"%s\" id=%s article=%s tone=%.2f entityTone=%s published=%s title=\"%s\"",
                oneLine(entityName), entityId == null ? "-" : entityId, articleId, documentScore,
                entityScore == null ? "-" : String.format(Locale.ROOT, "%.2f", entityScore),
                publishedAt == null ? "-" : publishedAt, oneLine(title));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\p{Cntrl}+", " ").replace("\"", "'");
    }
}
