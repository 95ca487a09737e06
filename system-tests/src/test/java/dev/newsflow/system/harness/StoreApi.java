package dev.newsflow.system.harness;

import java.util.ArrayList;
import java.util.List;

import dev.newsflow.events.EventJson;
import tools.jackson.databind.JsonNode;

/** The store's REST API, read as a client would. */
public final class StoreApi {

    private StoreApi() {
    }

    /** Ids on the first page of {@code GET /api/articles} (newest first). */
    public static List<String> listedIds(LocalPipeline pipeline) {
        JsonNode page = new EventJson().mapper().readTree(Http.body(pipeline.baseUrl(Service.STORE) + "/api/articles"));
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
