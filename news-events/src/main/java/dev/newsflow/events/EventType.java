package dev.newsflow.events;

/** The CloudEvents {@code ce_type} of each event, with the topic it travels on and its JSON Schema. */
public enum EventType {

    ARTICLE_INGESTED("dev.newsflow.article.raw.v1", Topics.RAW_ARTICLES, "article-ingested.v1.schema.json"),
    ARTICLE_ENRICHED("dev.newsflow.article.enriched.v1", Topics.ENRICHED_ARTICLES, "article-enriched.v1.schema.json");

    private final String ceType;
    private final String topic;
    private final String schemaFile;

    EventType(String ceType, String topic, String schemaFile) {
        this.ceType = ceType;
        this.topic = topic;
        this.schemaFile = schemaFile;
    }

    public String ceType() {
        return ceType;
    }

    public String topic() {
        return topic;
    }

    /** Classpath resource of the JSON Schema that describes this event's value. */
    public String schemaResource() {
        return "/dev/newsflow/events/schema/" + schemaFile;
    }
}
