package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.tagger.TaggerModel;

/**
 * The data entity recognition reads (word lists, gazetteer, tagger model), loaded once so that a tool needing the
 * recognizer and the knowledge or the tagger's workbench beside it does not read and hold them twice. Immutable.
 */
public final class EntityData {

    final EntityLexicon lexicon;
    final Gazetteer gazetteer;
    final TaggerModel model;

    private EntityData(EntityLexicon lexicon, Gazetteer gazetteer, TaggerModel model) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.model = model;
    }

    public static EntityData load() {
        return new EntityData(EntityLexicon.load(), Gazetteer.load(), TaggerModel.load());
    }

    /** The shipped tagger model. */
    public TaggerModel model() {
        return model;
    }
}
