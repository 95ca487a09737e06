package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.BackgroundLoad;
import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.tagger.TaggerModel;
import dev.newsflow.nlp.tagger.WordClusters;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The data entity recognition reads (word lists, gazetteer, tagger model, word clusters), loaded once so that a tool needing the
 * recognizer and the knowledge or the tagger's workbench beside it does not read and hold them twice. Immutable.
 */
public final class EntityData {

    final EntityLexicon lexicon;
    final Gazetteer gazetteer;
    final TaggerModel model;
    final WordClusters clusters;
    /** What the lists say of each word, with its cluster path: the table {@link ShippedNameTable} holds. */
    final ListedWords listed;

    private EntityData(EntityLexicon lexicon, Gazetteer gazetteer, TaggerModel model, WordClusters clusters,
            FlagTable listed) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.model = model;
        this.clusters = clusters;
        this.listed = ListedWords.withPaths(listed, clusters);
    }

    /** The parts load side by side: the command line waits for them at start-up. */
    public static EntityData load() {
        BackgroundLoad<Gazetteer> gazetteer = BackgroundLoad.start("gazetteer", Gazetteer::load);
        BackgroundLoad<TaggerModel> model = BackgroundLoad.start("tagger-model", TaggerModel::load);
        BackgroundLoad<WordClusters> clusters = BackgroundLoad.start("word-clusters", WordClusters::load);
        BackgroundLoad<FlagTable> listed = BackgroundLoad.start("name-table", ShippedNameTable::load);
        EntityLexicon lexicon = EntityLexicon.load();
        return new EntityData(lexicon, gazetteer.join(), model.join(), clusters.join(), listed.join());
    }

    /** Writes the name lists' table as {@link #load} reads it, computed from the lists ({@code ShippedForms}). */
    public static void writeNameTable(OutputStream out) throws IOException {
        ShippedNameTable.write(out);
    }

    /** The shipped tagger model. */
    public TaggerModel model() {
        return model;
    }
}
