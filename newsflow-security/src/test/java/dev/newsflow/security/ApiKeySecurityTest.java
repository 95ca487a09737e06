package dev.newsflow.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiKeySecurityTest {

    static final String OLD_KEY = "old-key-0123456789abcdef";
    static final String NEW_KEY = "new-key-fedcba9876543210";

    @Nested
    @SpringBootTest(classes = TestService.class, properties = {
            "newsflow.security.keys=" + OLD_KEY + "," + NEW_KEY,
            "management.endpoints.web.exposure.include=health,info,prometheus",
            "management.endpoint.health.show-details=when-authorized"})
    @AutoConfigureMockMvc
    @ExtendWith(OutputCaptureExtension.class)
    class WithTwoKeys {

        @Autowired
        MockMvc mvc;

        @Test
        void aWriteNeedsOneOfTheKeysSoAKeyCanBeRotated() throws Exception {
            mvc.perform(post("/api/notes")).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("WWW-Authenticate", "ApiKey header=\"X-Api-Key\""))
                    .andExpect(jsonPath("$.reason").value("unauthorized"))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.detail").value(containsString("X-Api-Key")));
            mvc.perform(post("/api/notes").header("X-Api-Key", OLD_KEY)).andExpect(status().isOk());
            mvc.perform(post("/api/notes").header("X-Api-Key", NEW_KEY)).andExpect(status().isOk());
        }

        @Test
        void aWrongKeyIsRefusedEvenForAnOpenRead() throws Exception {
            mvc.perform(post("/api/notes").header("X-Api-Key", OLD_KEY + "x")).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value(containsString("not valid")));
            mvc.perform(get("/api/notes").header("X-Api-Key", "guess")).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/notes")).andExpect(status().isOk());
        }

        @Test
        void healthIsOpenButItsDetailsNeedAKey() throws Exception {
            mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist());
            mvc.perform(get("/actuator/health").header("X-Api-Key", NEW_KEY)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.components.diskSpace.details").exists());
        }

        @Test
        void actuatorEndpointsBeyondHealthInfoAndPrometheusAreClosed() throws Exception {
            mvc.perform(get("/actuator/info")).andExpect(status().isOk());
            for (String endpoint : new String[] {"env", "beans", "configprops", "loggers", "heapdump", "metrics"}) {
                mvc.perform(get("/actuator/" + endpoint)).andExpect(status().isNotFound());
                mvc.perform(get("/actuator/" + endpoint).header("X-Api-Key", OLD_KEY)).andExpect(status().isNotFound());
            }
        }

        @Test
        void noKeyAndNoGeneratedPasswordAppearInTheLog(CapturedOutput log) throws Exception {
            mvc.perform(post("/api/notes").header("X-Api-Key", OLD_KEY + "wrong")).andExpect(status().isUnauthorized());

            assertThat(log.getAll()).contains("2 API key(s) from newsflow.security.keys")
                    .doesNotContain(OLD_KEY).doesNotContain(NEW_KEY)
                    .doesNotContainIgnoringCase("generated security password");
        }
    }

    @Nested
    @SpringBootTest(classes = TestService.class, properties = "newsflow.security.reads-open=false")
    @AutoConfigureMockMvc
    class WithNoKeyAndClosedReads {

        @Autowired
        MockMvc mvc;

        @Test
        void writesAreRefusedWithHowToConfigureAKey() throws Exception {
            mvc.perform(post("/api/notes")).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.reason").value("no-api-key-configured"))
                    .andExpect(jsonPath("$.detail").value(containsString("NEWSFLOW_SECURITY_KEYS_FILE")));
        }

        @Test
        void closedReadsNeedAKeyButHealthStaysOpen() throws Exception {
            mvc.perform(get("/api/notes")).andExpect(status().isForbidden());
            mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        }
    }
}
