package dev.newsflow.store.api;

/** Which time {@code from}/{@code to} filter on. */
public enum TimeField {

    /** When the publisher published the article, or when it was ingested if the publisher did not say. */
    PUBLISHED("sort_time"),
    /** When newsflow ingested it. */
    INGESTED("ingested_at");

    private final String column;

    TimeField(String column) {
        this.column = column;
    }

    /** The article column ({@code a.}) holding this time: a constant, never user input. */
    public String column() {
        return "a." + column;
    }
}
