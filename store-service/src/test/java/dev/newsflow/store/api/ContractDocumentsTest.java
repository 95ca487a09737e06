package dev.newsflow.store.api;

import dev.newsflow.store.StoreOnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StoreOnH2
class ContractDocumentsTest {

    private final MockMvc mvc;

    ContractDocumentsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void servesTheAsyncApiDocumentAndTheSchemasItRefersTo() throws Exception {
        mvc.perform(get("/asyncapi.yaml"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("asyncapi: 3.0.0")))
                .andExpect(content().string(containsString("$ref: './schema/article-enriched.v1.schema.json'")));
        // the document's relative references resolve against /asyncapi.yaml to these
        mvc.perform(get("/schema/article-enriched.v1.schema.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.$defs.entity.properties.id").exists());
        mvc.perform(get("/schema/article-ingested.v1.schema.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.required[0]").value("id"));
    }

    @Test
    void servesNothingElseFromTheContractJar() throws Exception {
        mvc.perform(get("/schema/../EventJson.class")).andExpect(status().is4xxClientError());
        mvc.perform(get("/dev/newsflow/events/asyncapi.yaml")).andExpect(status().isNotFound());
    }
}
