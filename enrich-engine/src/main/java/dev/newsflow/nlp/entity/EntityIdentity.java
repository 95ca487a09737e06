package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntityType;

/**
 * Who an article's entity is beyond the article: its contract id and, when known, the knowledge's name. A place the
 * gazetteer knows and an organisation or club the lists know take the knowledge's identity and name, whatever form
 * the article used ("U.S." is geo:country:US, "United States"); anything else is its type and the article's fullest
 * name, so exact names group. A person is never identified beyond the article's full name: "Blair" alone and "Tony
 * Blair" are two ids, because a bare surname may be anyone's. The entity's {@code name} stays the article's fullest
 * form either way: that is what the article says (and what annotators and scorers compare), while the knowledge's
 * name is what a consumer shows when it groups articles by id.
 *
 * @param id            an id of {@link EntityIds}
 * @param canonicalName the knowledge's name for a known entity; null otherwise
 */
record EntityIdentity(String id, String canonicalName) {

    static EntityIdentity of(EntityGroup group, String articleName) {
        if (group.type == EntityType.LOCATION && group.place != null) {
            return new EntityIdentity(group.place.id(), group.place.name());
        }
        String organization = group.type == EntityType.ORGANIZATION ? knownOrganization(group) : null;
        if (organization != null) {
            return new EntityIdentity(EntityIds.known(EntityType.ORGANIZATION, organization), organization);
        }
        return new EntityIdentity(EntityIds.derived(group.type, articleName), null);
    }

    /** The fullest mention's organisation, else the first mention's that has one. */
    private static String knownOrganization(EntityGroup group) {
        String fullest = group.fullest().organization();
        if (fullest != null) {
            return fullest;
        }
        for (Mention m : group.mentions) {
            if (m.organization() != null) {
                return m.organization();
            }
        }
        return null;
    }
}
