package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.tagger.TaggerModel;
import dev.newsflow.nlp.tagger.WordClusters;

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

    public static EntityData load() {
        return new EntityData(EntityLexicon.load(), Gazetteer.load(), TaggerModel.load(), WordClusters.load());
    }

    /** The shipped tagger model. */
    public TaggerModel model() {
        return model;
    }
}
