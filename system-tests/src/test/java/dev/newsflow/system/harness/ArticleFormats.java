package dev.newsflow.system.harness;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.newsflow.events.EventJson;
import dev.newsflow.system.harness.GeneratedArticles.Article;

/** Article files in the formats users drop, single-article and multi-article, as bytes. */
public enum ArticleFormats {
    TXT("txt", false),
    MARKDOWN("md", false),
    JSON("json", false),
    JSON_ARRAY("json", true),
    JSON_LINES("jsonl", true),
    RSS("rss", true);

    private static final EventJson JSON_CODEC = new EventJson();

    private final String extension;
    private final boolean multiArticle;

    ArticleFormats(String extension, boolean multiArticle) {
        this.extension = extension;
        this.multiArticle = multiArticle;
    }

    public String extension() {
        return extension;
    }

    public boolean multiArticle() {
        return multiArticle;
    }

    /** The file content; a single-article format takes the first article only. */
    public byte[] write(List<Article> articles) {
        Article first = articles.getFirst();
        String text = switch (this) {
            case TXT -> first.title() + " – " + first.publisher() + "\n\nSource: " + first.publisher() + "\n\n"
                    + first.body() + "\n";
            case MARKDOWN -> "---\ntitle: \"" + first.title() + "\"\nsource: \"" + first.publisher() + "\"\n---\n\n"
                    + first.body() + "\n";
            case JSON -> json(first);
            case JSON_ARRAY -> "[" + String.join(",\n", articles.stream().map(ArticleFormats::json).toList()) + "]";
            case JSON_LINES -> String.join("\n", articles.stream().map(ArticleFormats::json).toList()) + "\n";
            case RSS -> rss(articles);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Article article) {
        return JSON_CODEC.writeString(Map.of("title", article.title(), "body", article.body(), "source", article.publisher()));
    }

    /** The feed's title is the articles' source. */
    private static String rss(List<Article> articles) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(articles.getFirst().publisher()).append("</title><link>https://example.org/</link>"
                        + "<description>made up for a test</description>\n");
        articles.forEach(article -> xml.append("<item><title>").append(article.title())
                .append("</title><description><![CDATA[").append(article.body().replace("\n\n", "<p>"))
                .append("]]></description></item>\n"));
        return xml.append("</channel></rss>\n").toString();
    }
}
