package dev.newsflow.cli.train;

import dev.newsflow.nlp.tagger.ConllReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tagger's annotated data in a directory laid out like {@code corpus/ner/}: the shipped model trains on
 * gum-train, gum-dev, re3d and four fifths of wikigold; gum-test and every fifth wikigold document (the 5th, 10th,
 * ...) are held out for {@code evaluate}.
 */
public record TrainingCorpus(List<ConllReader.Sentence> training, List<ConllReader.Sentence> gumTest,
        List<ConllReader.Sentence> wikigoldHeldOut) {

    public static final List<String> TRAINING_FILES = List.of("gum-train.conll", "gum-dev.conll", "re3d.conll");
    public static final String GUM_TEST = "gum-test.conll";
    public static final String WIKIGOLD = "wikigold.conll";
    private static final int FOLDS = 5;

    public static TrainingCorpus read(Path dir) throws IOException {
        List<ConllReader.Sentence> training = new ArrayList<>();
        for (String file : TRAINING_FILES) {
            for (ConllReader.Document d : read(dir, file)) {
                training.addAll(d.sentences());
            }
        }
        List<ConllReader.Sentence> heldOut = new ArrayList<>();
        List<ConllReader.Document> wikigold = read(dir, WIKIGOLD);
        for (int i = 0; i < wikigold.size(); i++) {
            (i % FOLDS == FOLDS - 1 ? heldOut : training).addAll(wikigold.get(i).sentences());
        }
        List<ConllReader.Sentence> gumTest = new ArrayList<>();
        read(dir, GUM_TEST).forEach(d -> gumTest.addAll(d.sentences()));
        return new TrainingCorpus(training, gumTest, heldOut);
    }

    private static List<ConllReader.Document> read(Path dir, String file) throws IOException {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "the training directory must hold " + file);
        }
        return ConllReader.read(path);
    }
}
