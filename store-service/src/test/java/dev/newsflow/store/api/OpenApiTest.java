package dev.newsflow.store.api;

import dev.newsflow.store.StoreOnH2;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StoreOnH2
class OpenApiTest {

    private final MockMvc mvc;

    OpenApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void describesEveryEndpointWithItsParameters() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("newsflow store API"))
                .andExpect(jsonPath("$.paths['/api/articles'].get.parameters[*].name", hasItem("entityType")))
                .andExpect(jsonPath("$.paths['/api/articles'].get.parameters[*].name", hasItem("cursor")))
                .andExpect(jsonPath("$.paths['/api/articles/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/entities'].get.parameters[*].name", hasItem("type")))
                .andExpect(jsonPath("$.paths['/api/entities/{name}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/stats'].get").exists())
                .andExpect(jsonPath("$.components.schemas.ArticleEnriched.properties.entities").exists());
    }

    @Test
    void servesSwaggerUi() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void unknownPathsAreProblemsToo() throws Exception {
        mvc.perform(get("/api/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
