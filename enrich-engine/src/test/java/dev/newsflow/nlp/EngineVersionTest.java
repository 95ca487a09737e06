package dev.newsflow.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        assertThat(version).matches("newsflow-nlp-22-[0-9a-f]{12}");
        assertThat(NewsAnalyzer.load().version()).isEqualTo(version);
    }

    @Test
    void theShippedVersionIsTheHashOfTheDataAsTheyAreNow() throws IOException {
        try (InputStream shipped = EngineVersion.class.getResourceAsStream(EngineVersion.RESOURCE)) {
            assertThat(shipped).as("%s is stale: run ShippedForms (see its javadoc)", EngineVersion.RESOURCE)
                    .hasContent(EngineVersion.file());
        }
        assertThat(EngineVersion.shipped()).isEqualTo(EngineVersion.compute());
    }

    @Test
    void anEngineWhoseDataChangedAfterTheGeneratedFilesRefusesToStart() {
        String root = "/dev/newsflow/nlp/";
        List<String> stamps = DataStamp.lines(root, List.of("keywords/stopwords.txt", "geo/regions.tsv"));
        DataStamp.check(root, stamps);

        List<String> edited = List.of(stamps.get(0), stamps.get(1).replaceFirst(" [0-9a-f]+ ", " 1234abcd "));
        assertThatThrownBy(() -> DataStamp.check(root, edited)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("geo/regions.tsv").hasMessageContaining("ShippedForms");
    }
}
