package dev.newsflow.store.security;

import dev.newsflow.store.StoreOnH2;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads are open by default (every other API test reads without a key); one setting closes them. */
@StoreOnH2
@TestPropertySource(properties = {"newsflow.security.reads-open=false", "newsflow.security.keys=" + ClosedReadsTest.KEY})
class ClosedReadsTest {

    static final String KEY = "store-key-6a0d3f9e81c2b457";

    private final MockMvc mvc;

    ClosedReadsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void withReadsClosedTheApiNeedsTheKey() throws Exception {
        mvc.perform(get("/api/articles")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("unauthorized"));
        mvc.perform(get("/api/entities")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/articles").header("X-Api-Key", KEY)).andExpect(status().isOk());
    }

    @Test
    void healthStaysOpenWithItsComponentsOnlyForAKeyAndNothingElseOfActuatorIsExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").header("X-Api-Key", KEY)).andExpect(jsonPath("$.components.db").exists());
        mvc.perform(get("/actuator/env").header("X-Api-Key", KEY)).andExpect(status().isNotFound());
    }
}
