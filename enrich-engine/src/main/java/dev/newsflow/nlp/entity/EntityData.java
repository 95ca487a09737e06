package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.tagger.TaggerModel;
import dev.newsflow.nlp.tagger.WordClusters;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The data entity recognition reads (word lists, gazetteer, tagger model, word clusters), loaded once so that a tool needing the
 * recognizer and the knowledge or the tagger's workbench beside it does not read and hold them twice. Immutable.
 */
public final class EntityData {

    final EntityLexicon lexicon;
    final Gazetteer gazetteer;
    final TaggerModel model;
    final WordClusters clusters;

    private EntityData(EntityLexicon lexicon, Gazetteer gazetteer, TaggerModel model, WordClusters clusters) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.model = model;
        this.clusters = clusters;
    }

    /**
     * The parts load side by side: the command line waits for them at start-up. Platform threads: virtual ones
     * deadlocked in Spring Boot's nested-jar class loader (both carriers pinned waiting for its lock).
     */
    public static EntityData load() {
        CompletableFuture<Gazetteer> gazetteer = inBackground(Gazetteer::load, "gazetteer");
        CompletableFuture<TaggerModel> model = inBackground(TaggerModel::load, "tagger-model");
        CompletableFuture<WordClusters> clusters = inBackground(WordClusters::load, "word-clusters");
        EntityLexicon lexicon = EntityLexicon.load();
        try {
            return new EntityData(lexicon, gazetteer.join(), model.join(), clusters.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static <T> CompletableFuture<T> inBackground(Supplier<T> load, String name) {
        return CompletableFuture.supplyAsync(load, task -> Thread.ofPlatform().name(name).daemon().start(task));
    }

    /** The shipped tagger model. */
    public TaggerModel model() {
        return model;
    }
}
