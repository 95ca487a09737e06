package dev.newsflow.store.article;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.NamedEntity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entity, alias and article-entity rows of a batch, de-duplicated and sorted by key: writers that insert the
 * same entities in the same order cannot deadlock each other.
 */
record EntityRows(List<NamedEntity> entities, List<Alias> aliases, List<Link> links) {

    record Alias(NamedEntity entity, String alias) {
    }

    record Link(String articleId, NamedEntity entity) {
    }

    /** Case-insensitive lookup key of a name or alias. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static EntityRows of(List<ArticleEnriched> articles) {
        Map<String, NamedEntity> entities = new TreeMap<>();
        Map<String, Alias> aliases = new TreeMap<>();
        List<Link> links = new ArrayList<>();
        for (ArticleEnriched article : articles) {
            for (NamedEntity entity : oncePerArticle(article.entities())) {
                String entityKey = entity.name() + '\u0000' + entity.type();
                entities.putIfAbsent(entityKey, entity);
                links.add(new Link(article.id(), entity));
                entity.aliases().stream()
                        .filter(alias -> !alias.isBlank() && !alias.equals(entity.name()))
                        .forEach(alias -> aliases.putIfAbsent(entityKey + '\u0000' + alias, new Alias(entity, alias)));
            }
        }
        return new EntityRows(List.copyOf(entities.values()), List.copyOf(aliases.values()), links);
    }

    /** The contract lists an entity once per article; should an engine repeat one, the fuller record wins. */
    private static Iterable<NamedEntity> oncePerArticle(List<NamedEntity> entities) {
        Map<String, NamedEntity> unique = new LinkedHashMap<>();
        entities.forEach(e -> unique.merge(e.name() + '\u0000' + e.type(), e,
                (first, second) -> second.mentions() > first.mentions() ? second : first));
        return unique.values();
    }
}
