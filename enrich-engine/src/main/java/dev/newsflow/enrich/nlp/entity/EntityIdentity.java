package dev.newsflow.enrich.nlp.entity;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntityType;

/**
 * Who an article's entity is beyond the article: its contract id and canonical name. A place the gazetteer knows
 * and an organisation or club the lists know take the knowledge's identity and name, whatever form the article
 * used ("U.S." is geo:country:US, "United States"); anything else is its type and the article's fullest name, so
 * exact names group. A person is never identified beyond the article's full name: "Blair" alone and "Tony Blair"
 * are two ids, because a bare surname may be anyone's.
 *
 * @param id   an id of {@link EntityIds}
 * @param name the canonical name: the knowledge's for a known entity, else the article's fullest form
 */
record EntityIdentity(String id, String name) {

    static EntityIdentity of(EntityGroup group, String articleName) {
        if (group.type == EntityType.LOCATION && group.place != null) {
            return new EntityIdentity(group.place.id(), group.place.name());
        }
        String organization = group.type == EntityType.ORGANIZATION ? knownOrganization(group) : null;
        if (organization != null) {
            return new EntityIdentity(EntityIds.known(EntityType.ORGANIZATION, organization), organization);
        }
        return new EntityIdentity(EntityIds.derived(group.type, articleName), articleName);
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
