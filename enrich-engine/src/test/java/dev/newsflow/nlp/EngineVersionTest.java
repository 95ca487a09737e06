package dev.newsflow.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EngineVersionTest {

    private static final Path DATA = Path.of("src/main/resources/dev/newsflow/nlp");

    @Test
    void theVersionCoversEveryDataFileTheEngineShips() throws IOException {
        try (Stream<Path> files = Files.walk(DATA)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> DATA.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !ShippedForms.GENERATED.contains(name)))
                    .containsExactlyInAnyOrderElementsOf(EngineVersion.DATA);
        }
    }

    @Test
    void theVersionIsDerivedFromTheData() {
        String version = EngineVersion.compute();

        assertThat(version).matches("newsflow-nlp-8-[0-9a-f]{12}");
        assertThat(NewsAnalyzer.load().version()).isEqualTo(version);
    }

    @Test
    void theShippedVersionIsTheHashOfTheDataAsTheyAreNow() {
        assertThat(EngineVersion.shipped()).as("%s is stale: run ShippedForms (see its javadoc)", EngineVersion.RESOURCE)
                .isEqualTo(EngineVersion.compute());
    }
}
