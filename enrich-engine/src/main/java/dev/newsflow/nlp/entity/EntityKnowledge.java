package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntityType;

import java.util.Locale;

/**
 * What the engine's knowledge lists say a bare name is, outside any article: the id of the country or the listed
 * organisation or club it names. For tools that judge the ids (which entities the lists cover), not for
 * recognition, which decides in context.
 */
public final class EntityKnowledge {

    private final EntityLexicon lexicon;
    private final Gazetteer gazetteer;

    private EntityKnowledge(EntityLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** The knowledge of data already loaded (the recognizer's), which it shares. */
    public static EntityKnowledge of(EntityData data) {
        return new EntityKnowledge(data.lexicon, data.gazetteer);
    }

    /** The id of the country ({@code LOCATION}) or organisation or club ({@code ORGANIZATION}) so named, or null. */
    public String knownId(EntityType type, String name) {
        return switch (type) {
            case LOCATION -> {
                Place exact = gazetteer.find(name);
                Place place = exact != null ? exact : gazetteer.findIgnoreCase(name);
                yield place != null && place.isCountry() ? place.id() : null;
            }
            case ORGANIZATION -> {
                String organization = lexicon.organizationsLowerCase.get(name.toLowerCase(Locale.ROOT));
                organization = organization != null ? organization : lexicon.clubs.get(name);
                yield organization == null ? null : EntityIds.known(EntityType.ORGANIZATION, organization);
            }
            case PERSON -> null;
        };
    }
}
