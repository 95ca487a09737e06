package dev.newsflow.ingest.security;

/** The API key test contexts that upload are configured with ({@code newsflow.security.keys}). */
public final class TestApiKey {

    public static final String HEADER = "X-Api-Key";
    public static final String KEY = "test-key-4f1c9a7e2b6d8305";
    public static final String PROPERTY = "newsflow.security.keys=" + KEY;

    private TestApiKey() {
    }
}
