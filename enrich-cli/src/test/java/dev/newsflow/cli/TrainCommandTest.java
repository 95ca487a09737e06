package dev.newsflow.cli;

import dev.newsflow.cli.train.TrainingCorpus;
import dev.newsflow.nlp.tagger.TaggerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {

    /** A self-written CoNLL fixture in the layout of the corpus' ner folder. */
    private static final String CONLL = """
            -DOCSTART-\tO
            # doc = fixture_one

            Maria\tB-PER
            Lindqvist\tI-PER
            joined\tO
            Harbour\tB-ORG
            Freight\tI-ORG
            Company\tI-ORG
            in\tO
            Tallinn\tB-LOC
            .\tO

            The\tO
            University\tB-ORG
            of\tI-ORG
            Tartu\tI-ORG
            hired\tO
            Jonas\tB-PER
            Berg\tI-PER
            from\tO
            Oslo\tB-LOC
            .\tO

            -DOCSTART-\tO
            # doc = fixture_two

            Berg\tB-PER
            said\tO
            Norway\tB-LOC
            and\tO
            Estonia\tB-LOC
            signed\tO
            .\tO
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return EnrichCommandLine.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path fixture(Path dir) throws IOException {
        for (String file : TrainingCorpus.TRAINING_FILES) {
            Files.writeString(dir.resolve(file), CONLL);
        }
        Files.writeString(dir.resolve(TrainingCorpus.GUM_TEST), CONLL);
        Files.writeString(dir.resolve(TrainingCorpus.WIKIGOLD), CONLL);
        return dir;
    }

    @Test
    void trainingTwiceOnTheSameFilesWritesTheSameBytes(@TempDir Path dir) throws IOException {
        Path ner = fixture(Files.createDirectory(dir.resolve("ner")));

        assertThat(run("train", "--ner", ner.toString(), "--out", dir.resolve("a.bin.gz").toString(), "--epochs", "3",
                "--buckets", "4096")).isZero();
        assertThat(run("train", "--ner", ner.toString(), "--out", dir.resolve("b.bin.gz").toString(), "--epochs", "3",
                "--buckets", "4096")).isZero();

        assertThat(Files.readAllBytes(dir.resolve("a.bin.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin.gz")));
        assertThat(out.toString()).contains("sha256");
        try (InputStream in = Files.newInputStream(dir.resolve("a.bin.gz"))) {
            assertThat(TaggerModel.read(in).mask()).isEqualTo(4095);
        }
    }

    @Test
    void aMissingCorpusFileIsAClearError(@TempDir Path dir) {
        assertThat(run("train", "--ner", dir.toString(), "--out", dir.resolve("m.bin.gz").toString())).isNotZero();
        assertThat(err.toString()).contains("gum-train.conll");
        assertThat(dir.resolve("m.bin.gz")).doesNotExist();
    }

    @Test
    void bucketsMustBeAPowerOfTwo(@TempDir Path dir) throws IOException {
        Path ner = fixture(dir);
        assertThat(run("train", "--ner", ner.toString(), "--out", dir.resolve("m.bin.gz").toString(), "--buckets", "1000"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("power of two");
    }
}
