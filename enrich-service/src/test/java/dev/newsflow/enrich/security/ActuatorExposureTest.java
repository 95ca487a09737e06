package dev.newsflow.enrich.security;

import dev.newsflow.enrich.engine.FixedAnalyzer;
import dev.newsflow.nlp.ArticleAnalyzer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** enrich-service has no API of its own: only health, info and prometheus, and health's details only with a key. */
@SpringBootTest(properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.security.keys=" + ActuatorExposureTest.KEY})
@EmbeddedKafka
@AutoConfigureMockMvc
@DirtiesContext
class ActuatorExposureTest {

    static final String KEY = "enrich-key-5b7e20c4d19f8a36";

    @TestBean
    ArticleAnalyzer articleAnalyzer;

    @Autowired
    MockMvc mvc;

    static ArticleAnalyzer articleAnalyzer() {
        return FixedAnalyzer.ferryStory();
    }

    @Test
    void healthShowsComponentsOnlyWithAKeyAndNoOtherEndpointIsExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").header("X-Api-Key", KEY)).andExpect(jsonPath("$.components").exists());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
        for (String endpoint : new String[] {"env", "beans", "configprops", "metrics", "heapdump", "loggers"}) {
            mvc.perform(get("/actuator/" + endpoint).header("X-Api-Key", KEY)).andExpect(status().isNotFound());
        }
    }
}
