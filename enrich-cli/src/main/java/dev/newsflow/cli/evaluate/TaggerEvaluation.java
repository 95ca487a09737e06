package dev.newsflow.cli.evaluate;

import dev.newsflow.cli.train.TrainingCorpus;
import dev.newsflow.nlp.entity.TaggerWorkbench;
import dev.newsflow.nlp.tagger.ConllReader;
import dev.newsflow.nlp.tagger.TaggerModel;

import java.io.PrintWriter;
import java.util.List;

/** The shipped tagger's span scores on the CoNLL data it was not trained on: gum-test and the wikigold fold. */
public record TaggerEvaluation(TrainingCorpus corpus) {

    public void print(PrintWriter out) {
        TaggerWorkbench workbench = TaggerWorkbench.load();
        TaggerModel model = TaggerModel.load();
        score(workbench, model, corpus.gumTest()).print(TrainingCorpus.GUM_TEST, out);
        score(workbench, model, corpus.wikigoldHeldOut()).print(TrainingCorpus.WIKIGOLD + " (held-out fold: every 5th document)", out);
    }

    public static SpanScoreboard score(TaggerWorkbench workbench, TaggerModel model, List<ConllReader.Sentence> sentences) {
        SpanScoreboard board = new SpanScoreboard();
        for (ConllReader.Sentence s : sentences) {
            board.add(s.labels(), workbench.tag(model, s.words()));
        }
        return board;
    }
}
