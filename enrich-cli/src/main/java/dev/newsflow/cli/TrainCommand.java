package dev.newsflow.cli;

import dev.newsflow.cli.train.TrainingCorpus;
import dev.newsflow.nlp.entity.TaggerWorkbench;
import dev.newsflow.nlp.tagger.TaggerModel;
import dev.newsflow.events.ArticleId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code train --ner DIR --out FILE}: rebuilds the entity tagger's model from the CoNLL files, reproducibly. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = EngineVersionProvider.class,
        description = "Trains the entity tagger (averaged perceptron) on gum-train, gum-dev, re3d and four fifths of "
                + "wikigold in DIR and writes the model; the same files, seed and settings give the same bytes.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--ner", required = true, paramLabel = "DIR", description = "directory with the CoNLL files")
    private Path ner;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model")
    private Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "passes over the data (default ${DEFAULT-VALUE})")
    private int epochs;

    @Option(names = "--seed", defaultValue = "20260", description = "shuffle seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--buckets", defaultValue = "262144",
            description = "feature hash buckets, a power of two (default ${DEFAULT-VALUE})")
    private int buckets;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Integer.bitCount(buckets) != 1 || epochs < 1) {
            err.println("train: --buckets must be a power of two and --epochs at least 1");
            return 2;
        }
        TrainingCorpus corpus = TrainingCorpus.read(ner);
        TaggerModel model = TaggerWorkbench.load().train(corpus.training(), buckets, epochs, seed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        byte[] written = bytes.toByteArray();
        Files.write(out, written);
        String sha = ArticleId.sha256Hex(written);
        spec.commandLine().getOut().printf("trained on %d sentences, %d epochs, seed %d: %s (%d bytes, sha256 %s)%n",
                corpus.training().size(), epochs, seed, out, bytes.size(), sha);
        return 0;
    }
}
