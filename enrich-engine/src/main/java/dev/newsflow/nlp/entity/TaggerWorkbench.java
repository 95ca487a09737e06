package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.tagger.ConllReader;
import dev.newsflow.nlp.tagger.PerceptronTrainer;
import dev.newsflow.nlp.tagger.TaggerModel;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Trains and tries the entity tagger on CoNLL sentences, with exactly the features the engine gives it: the
 * sentence's words are laid out as one text (single spaces) so the rule finder and the lists see them as they see an
 * article's. Used by the {@code train} and {@code evaluate} commands, not by the engine.
 */
public final class TaggerWorkbench {

    private final EntityLexicon lexicon;
    private final KnownNames names;
    private final ProseMentionFinder prose;
    private final ListFlags lists;
    private final WordClusters clusters;

    private TaggerWorkbench(EntityLexicon lexicon, WordClusters clusters, KnownNames names) {
        this.clusters = clusters;
        this.lexicon = lexicon;
        this.names = names;
        this.prose = new ProseMentionFinder(lexicon, names, new SpanClassifier(lexicon, names));
        this.lists = new ListFlags(lexicon, names);
    }

    /**
     * A workbench on tables built from the lists and the clusters' text, not on the generated forms the engine reads
     * at start: training must see the data as they are, also after an edit the generated forms do not know yet.
     */
    public static TaggerWorkbench load() {
        EntityLexicon lexicon = EntityLexicon.load();
        WordClusters clusters = WordClusters.fromText();
        return new TaggerWorkbench(lexicon, clusters, new KnownNames(lexicon, Gazetteer.load(), clusters));
    }

    /** A workbench on data already loaded (the engine's), which it shares. */
    public static TaggerWorkbench load(EntityData data) {
        return new TaggerWorkbench(data.lexicon, data.clusters, new KnownNames(data.lexicon, data.gazetteer, data.listed));
    }

    public TaggerModel train(List<ConllReader.Sentence> sentences, int buckets, int epochs, long seed) {
        TaggerFeatures features = new TaggerFeatures(lists, clusters, buckets - 1);
        List<PerceptronTrainer.Example> examples = new ArrayList<>(sentences.size());
        int[] buffer = new int[TaggerModel.MAX_FEATURES];
        for (ConllReader.Sentence s : sentences) {
            List<Token> tokens = tokens(s.words());
            TaggerSentence sentence = features.sentence(tokens, ruleMentions(tokens));
            int[][] perToken = new int[tokens.size()][];
            boolean[] canStart = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                canStart[i] = NameOpeners.mayOpen(tokens.get(i));
                perToken[i] = java.util.Arrays.copyOf(buffer, features.features(sentence, i, buffer));
            }
            examples.add(new PerceptronTrainer.Example(perToken, canStart, s.labels()));
        }
        return new PerceptronTrainer(buckets, epochs, seed).train(examples);
    }

    /** The labels {@code model} gives the sentence's words. */
    public int[] tag(TaggerModel model, List<String> words) {
        List<Token> tokens = tokens(words);
        return new EntityTagger(model, lexicon, names, lists, clusters).labels(null, tokens, ruleMentions(tokens));
    }

    private List<Mention> ruleMentions(List<Token> tokens) {
        String text = text(tokens);
        List<Mention> mentions = new ArrayList<>();
        prose.find(text, new SentenceTokens(tokens), 0, mentions, new HashSet<>());
        mentions.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return mentions;
    }

    private static List<Token> tokens(List<String> words) {
        List<Token> tokens = new ArrayList<>(words.size());
        int at = 0;
        for (String word : words) {
            tokens.add(new Token(word, at, at + word.length()));
            at += word.length() + 1;
        }
        return tokens;
    }

    private static String text(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(t.text());
        }
        return out.toString();
    }
}
