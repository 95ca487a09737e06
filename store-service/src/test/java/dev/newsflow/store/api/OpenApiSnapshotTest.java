package dev.newsflow.store.api;

import dev.newsflow.events.EventJson;
import dev.newsflow.store.StoreOnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API a client programs against does not change by accident: the OpenAPI document the store serves is the one
 * committed in docs/openapi/store-api.json, which docs/api.md links. A change to an endpoint, parameter or answer
 * fails here until the snapshot (and the API page) is updated on purpose.
 */
@StoreOnH2
class OpenApiSnapshotTest {

    /** Relative to store-service, where Maven runs the module's tests. */
    private static final Path SNAPSHOT = Path.of("..", "docs", "openapi", "store-api.json");
    private static final Path SERVED = Path.of("target", "openapi", "store-api.json");

    private final MockMvc mvc;
    private final ObjectMapper mapper = new EventJson().mapper();

    OpenApiSnapshotTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void theServedDocumentIsTheCommittedSnapshot() throws Exception {
        ObjectNode served = (ObjectNode) mapper.readTree(mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        // the server URL names the port of whoever serves it, not the API
        served.remove("servers");
        sortTags(served);
        write(served);

        JsonNode committed = Files.exists(SNAPSHOT) ? mapper.readTree(Files.readString(SNAPSHOT)) : null;
        List<String> differences = new ArrayList<>();
        differences(committed, served, "", differences);
        assertThat(differences).as("""
                where the store's OpenAPI document differs from docs/openapi/store-api.json. If the API change is \
                intended, take the served document (cp store-service/target/openapi/store-api.json \
                docs/openapi/store-api.json) and say what changed in docs/api.md""").isEmpty();
    }

    /** JSON pointers where the two documents differ, so a failure names the endpoint or schema that changed. */
    private static void differences(JsonNode expected, JsonNode actual, String at, List<String> found) {
        if (expected != null && actual != null && expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            names.forEach(name -> differences(expected.get(name), actual.get(name),
                    at + "/" + name.replace("~", "~0").replace("/", "~1"), found));
        } else if (expected == null || !expected.equals(actual)) {
            found.add(at.isEmpty() ? "/" : at);
        }
    }

    /** The tag list follows the order the controllers were found in, which the class path decides. */
    private static void sortTags(ObjectNode document) {
        if (document.get("tags") instanceof ArrayNode tags) {
            List<JsonNode> sorted = new ArrayList<>();
            tags.forEach(sorted::add);
            sorted.sort(Comparator.comparing(tag -> tag.path("name").asString()));
            tags.removeAll();
            sorted.forEach(tags::add);
        }
    }

    private void write(JsonNode document) throws IOException {
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    }
}
