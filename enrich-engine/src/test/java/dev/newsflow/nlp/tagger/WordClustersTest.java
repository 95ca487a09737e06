package dev.newsflow.nlp.tagger;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordClustersTest {

    private static final WordClusters SHIPPED = WordClusters.load();

    private static int path(WordClusters clusters, String word) {
        return clusters.path(WordClusters.key(word, 0, word.length()));
    }

    private static WordClusters read(String lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        return WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void shippedClustersGroupCompaniesWithCompaniesAndCitiesWithCities() {
        assertThat(path(SHIPPED, "Opel")).isNotZero().isEqualTo(path(SHIPPED, "nokia"));
        assertThat(path(SHIPPED, "London")).isNotZero().isEqualTo(path(SHIPPED, "Paris"));
        assertThat(path(SHIPPED, "London")).isNotEqualTo(path(SHIPPED, "Opel"));
        assertThat(path(SHIPPED, "qxzvvbn-not-a-word")).isZero();
    }

    @Test
    void looksUpCaseInsensitivelyAndKeepsPathsApartFromTheirPrefixes() throws IOException {
        WordClusters clusters = read("acme\t0110\nbeta\t01\ngamma\t0110\n");

        assertThat(path(clusters, "ACME")).isEqualTo(path(clusters, "gamma")).isEqualTo(0b10110);
        assertThat(path(clusters, "beta")).isEqualTo(0b101);
        assertThat(WordClusters.prefix(path(clusters, "acme"), 2)).isEqualTo(path(clusters, "beta"));
        assertThat(WordClusters.prefix(path(clusters, "beta"), 4)).isEqualTo(0b101); // shorter: the whole path
        assertThat(WordClusters.prefix(0, 4)).isZero();
        assertThat(path(clusters, "delta")).isZero();
    }

    @Test
    void findsWordsWithLettersBeyondAsciiByTheirLowerCaseForm() throws IOException {
        WordClusters clusters = read("straße\t0110\nzürich\t01\nzz\t1\n");

        assertThat(path(clusters, "STRAßE")).isEqualTo(0b10110);
        assertThat(path(clusters, "Zürich")).isEqualTo(0b101);
        assertThat(path(clusters, "zz")).isEqualTo(0b11);
        assertThat(path(clusters, "zurich")).isZero();
    }

    @Test
    void readsEveryMemberOfAGzipFileMadeOfSeveral() throws IOException {
        // concatenated gzip members are one valid gzip file; only the last member's trailer gives a size
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String part : new String[] {"acme\t0110\n", "beta\t01\n"}) {
            try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
                zip.write(part.getBytes(StandardCharsets.UTF_8));
            }
        }
        WordClusters clusters = WordClusters.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(path(clusters, "acme")).isEqualTo(0b10110);
        assertThat(path(clusters, "beta")).isEqualTo(0b101);
    }

    @Test
    void refusesALineWithoutAPath() {
        assertThatThrownBy(() -> read("acme 0110\n")).isInstanceOf(IOException.class);
    }

    @Test
    void hashesAnAsciiWordAsItsLowerCaseWhateverItsCaseInTheFile() throws IOException {
        WordClusters clusters = read("Mc-Gill's\t011\nZED\t1\n\t10\n");

        assertThat(path(clusters, "mc-gill's")).isEqualTo(path(clusters, "MC-GILL'S")).isEqualTo(0b1011);
        assertThat(path(clusters, "zed")).isEqualTo(0b11);
        assertThat(path(clusters, "")).isEqualTo(0b110);
    }

    @Test
    void refusesALastLineWithoutItsEndAndAPathTooLongForAnInt() {
        assertThatThrownBy(() -> read("acme\t0110")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("acme\t" + "01".repeat(16) + "\n")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("zürich\n")).isInstanceOf(IOException.class);
    }

    @Test
    void theShippedTableIsTheOneTheClustersTextGives() throws IOException {
        ByteArrayOutputStream fromText = new ByteArrayOutputStream();
        WordClusters.fromText().writeTable(fromText);

        try (InputStream shipped = WordClusters.class.getResourceAsStream(WordClusters.TABLE)) {
            // compared unpacked: deflate's bytes depend on the zlib the JDK uses, the table's do not
            assertThat(new GZIPInputStream(shipped).readAllBytes())
                    .as("%s is stale: run ShippedForms (see its javadoc)", WordClusters.TABLE)
                    .isEqualTo(new GZIPInputStream(new ByteArrayInputStream(fromText.toByteArray())).readAllBytes());
        }
    }

    @Test
    void aTableReadBackAnswersAsTheClustersItWasWrittenFrom() throws IOException {
        WordClusters clusters = read("acme\t0110\nbeta\t01\nstraße\t1\n");
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        clusters.writeTable(table);

        WordClusters back = WordClusters.readTable(new ByteArrayInputStream(table.toByteArray()));

        for (String word : new String[] {"ACME", "beta", "Straße", "gamma"}) {
            assertThat(path(back, word)).as(word).isEqualTo(path(clusters, word));
        }
        assertThat(path(back, "acme")).isEqualTo(0b10110);
    }
}
