package dev.newsflow.store.article;

import dev.newsflow.events.EntitySentiment;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entity, surface-form and article-entity rows of a batch, one entity per id, sorted by key: writers that
 * insert the same entities in the same order cannot deadlock each other.
 *
 * @param entities one per id, with the knowledge's name when a record gives one ({@code canonicalName}), else the
 *                 name of the last article (in batch order) naming it
 */
record EntityRows(List<Entity> entities, List<Form> forms, List<Link> links) {

    record Entity(String id, EntityType type, String name) {
    }

    record Form(String entityId, String form) {
    }

    record Link(String articleId, String entityId, EntityType type, String name, int mentions, int firstOffset,
            double salience, EntitySentiment sentiment) {
    }

    /** @param byArticle each article's entities, in the order the articles are stored */
    static EntityRows of(Map<String, List<IdentifiedEntity>> byArticle) {
        Map<String, Entity> entities = new TreeMap<>();
        Map<String, Form> forms = new TreeMap<>();
        List<Link> links = new ArrayList<>();
        Map<String, String> canonicalNames = new TreeMap<>();
        byArticle.forEach((articleId, identified) -> {
            for (IdentifiedEntity e : identified) {
                String canonical = e.entity().canonicalName();
                if (canonical != null && !canonical.isBlank()) {
                    canonicalNames.put(e.id(), canonical);
                    addForm(forms, e.id(), canonical);
                }
                addForm(forms, e.id(), e.entity().name());
                e.entity().aliases().forEach(alias -> addForm(forms, e.id(), alias));
            }
            for (Link link : oncePerArticle(articleId, identified)) {
                entities.put(link.entityId(), new Entity(link.entityId(), link.type(),
                        canonicalNames.getOrDefault(link.entityId(), link.name())));
                links.add(link);
            }
        });
        return new EntityRows(List.copyOf(entities.values()), List.copyOf(forms.values()), links);
    }

    private static void addForm(Map<String, Form> forms, String entityId, String form) {
        if (!form.isBlank()) {
            forms.putIfAbsent(entityId + '\u0000' + form, new Form(entityId, form));
        }
    }

    /**
     * One link per entity id and article. Should an article list one id under two names, its mentions add up and
     * the name and sentiment of the more mentioned one win.
     */
    private static Iterable<Link> oncePerArticle(String articleId, List<IdentifiedEntity> identified) {
        Map<String, Link> unique = new LinkedHashMap<>();
        for (IdentifiedEntity e : identified) {
            NamedEntity n = e.entity();
            unique.merge(e.id(), new Link(articleId, e.id(), n.type(), n.name(), n.mentions(), n.firstOffset(),
                    n.salience(), n.sentiment()), EntityRows::merge);
        }
        return unique.values();
    }

    private static Link merge(Link a, Link b) {
        Link fuller = b.mentions() > a.mentions() ? b : a;
        return new Link(a.articleId(), a.entityId(), a.type(), fuller.name(), a.mentions() + b.mentions(),
                Math.min(a.firstOffset(), b.firstOffset()), Math.max(a.salience(), b.salience()), fuller.sentiment());
    }
}
