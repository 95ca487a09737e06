package dev.newsflow.examples.alerts;

/** Self-written enriched records, as JSON text the way a consumer receives them. */
final class Articles {

    /** Strongly negative, names the United States by id and by the forms "US" and "United States". */
    static final String NEGATIVE_ABOUT_US = """
            {"id":"0a1b2c3d4e5f60718293a4b5c6d7e8f9","title":"Port strike halts exports",
             "body":"Dockers walked out in the US on Monday...","ingestedAt":"2026-11-24T09:00:00Z",
             "publishedAt":"2026-11-24T08:00:00Z",
             "entities":[{"id":"geo:country:US","name":"United States","type":"LOCATION","aliases":["US"],"mentions":3,
                          "sentiment":{"label":"negative","score":-0.4}},
                         {"id":"org:name:dockers-union","name":"Dockers Union","type":"ORGANIZATION","aliases":[],"mentions":1}],
             "sentiment":{"label":"negative","score":-0.81},"keywords":[],"wordCount":9,"enricherVersion":"t",
             "enrichedAt":"2026-11-24T09:00:01Z","addedInALaterRelease":{"anything":true}}""";

    /** Positive in tone overall, but the sentences naming Tony Blair are strongly negative. */
    static final String NEGATIVE_AROUND_BLAIR = """
            {"id":"1a1b2c3d4e5f60718293a4b5c6d7e8f9","title":"Festival opens",
             "body":"...","ingestedAt":"2026-11-24T09:00:00Z",
             "entities":[{"id":"person:kb:tony-blair","name":"Tony Blair","type":"PERSON","aliases":["Blair"],"mentions":2,
                          "sentiment":{"label":"negative","score":-0.7}}],
             "sentiment":{"label":"positive","score":0.5},"keywords":[],"wordCount":3,"enricherVersion":"t",
             "enrichedAt":"2026-11-24T09:00:01Z"}""";

    /** As written before entity ids existed: no {@code id} on the entity. */
    static final String OLD_RECORD_WITHOUT_IDS = """
            {"id":"2a1b2c3d4e5f60718293a4b5c6d7e8f9","title":"Flooding closes roads",
             "body":"...","ingestedAt":"2026-11-24T09:00:00Z",
             "entities":[{"name":"United States","type":"LOCATION","aliases":["U.S."],"mentions":1}],
             "sentiment":{"label":"negative","score":-0.6},"keywords":[],"wordCount":3,"enricherVersion":"t",
             "enrichedAt":"2026-11-24T09:00:01Z"}""";

    static final String MILDLY_NEGATIVE_ABOUT_US = NEGATIVE_ABOUT_US
            .replace("\"score\":-0.81", "\"score\":-0.2").replace("\"score\":-0.4", "\"score\":-0.1")
            .replace("0a1b2c3d", "3a1b2c3d");

    private Articles() {
    }
}
