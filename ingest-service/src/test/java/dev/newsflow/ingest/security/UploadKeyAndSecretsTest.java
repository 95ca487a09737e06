package dev.newsflow.ingest.security;

import dev.newsflow.ingest.RawTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads need the API key; the key and a configured Kafka password never reach the log. The context is started in
 * this class (its properties are its own), so the captured output holds the whole start-up.
 */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.security.keys=" + UploadKeyAndSecretsTest.ROTATED_OUT + "," + TestApiKey.KEY,
        // the login newsflow-kafka.yml builds the JAAS line from: unused on a PLAINTEXT connection, but logged (masked,
        // it must be) with every client's configuration
        "NEWSFLOW_KAFKA_USERNAME=ingest", "NEWSFLOW_KAFKA_PASSWORD=" + UploadKeyAndSecretsTest.KAFKA_PASSWORD})
@EmbeddedKafka(partitions = 1)
@AutoConfigureMockMvc
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class UploadKeyAndSecretsTest {

    static final String ROTATED_OUT = "old-key-d2a94c0e7b3f5161";
    static final String KAFKA_PASSWORD = "kafka-pass-93be1f04a7";
    static final Path HOME = tempDir();
    static final String TEXT = "Night bus route extended\n\nThe N4 now runs to the harbour.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("newsflow.home", HOME::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        FileSystemUtils.deleteRecursively(HOME);
    }

    @Test
    void anUploadWithoutAValidKeyIsAProblemAndPublishesNothing() throws Exception {
        mvc.perform(post("/api/articles").param("filename", "no-key.txt").contentType(MediaType.TEXT_PLAIN).content(TEXT))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("unauthorized"));
        mvc.perform(post("/api/articles").param("filename", "wrong-key.txt").header(TestApiKey.HEADER, "x".repeat(20))
                .contentType(MediaType.TEXT_PLAIN).content(TEXT)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/articles").param("filename", "old-key.txt").header(TestApiKey.HEADER, ROTATED_OUT)
                .contentType(MediaType.TEXT_PLAIN).content(TEXT.replace("N4", "N5"))).andExpect(status().isOk());
        mvc.perform(post("/api/articles").param("filename", "with-key.txt").header(TestApiKey.HEADER, TestApiKey.KEY)
                .contentType(MediaType.TEXT_PLAIN).content(TEXT)).andExpect(status().isOk());

        try (RawTopic topic = new RawTopic(environment.getProperty("spring.embedded.kafka.brokers"))) {
            await().untilAsserted(() -> assertThat(values(topic)).anyMatch(v -> v.contains("\"with-key.txt\""))
                    .anyMatch(v -> v.contains("\"old-key.txt\"")));
            assertThat(values(topic)).noneMatch(v -> v.contains("no-key.txt") || v.contains("wrong-key.txt"));
        }
    }

    @Test
    void healthShowsItsComponentsOnlyWithAKey() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").header(TestApiKey.HEADER, TestApiKey.KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components").exists());
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
    }

    @Test
    void neitherTheKeyNorTheKafkaPasswordIsEverLogged(CapturedOutput log) throws Exception {
        // a publish makes the producer log its configuration
        mvc.perform(post("/api/articles").param("filename", "logged.txt").header(TestApiKey.HEADER, TestApiKey.KEY)
                .contentType(MediaType.TEXT_PLAIN).content("Ferry timetable changes\n\nBoats leave earlier."))
                .andExpect(status().isOk());

        assertThat(environment.getProperty("spring.kafka.properties.sasl.jaas.config")).contains(KAFKA_PASSWORD);
        assertThat(log.getAll()).contains("ProducerConfig values", "2 API key(s) from newsflow.security.keys")
                .doesNotContain(TestApiKey.KEY).doesNotContain(ROTATED_OUT).doesNotContain(KAFKA_PASSWORD)
                .doesNotContainIgnoringCase("generated security password");
    }

    private static java.util.List<String> values(RawTopic topic) {
        return topic.records().stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newsflow-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
