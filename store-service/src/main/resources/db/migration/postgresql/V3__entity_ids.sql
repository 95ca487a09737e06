-- Entities grouped by their stable id (entities[].id, or EntityIds.derived(type, name) for records without one)
-- instead of by (name, type): "US" and "United States" are one entity when they share an id. The V1 tables step
-- aside; V4 (EntityIdsMigration, Java, because ids are derived by EntityIds) fills the new ones from the stored
-- articles and the V1 rows, V5 drops the V1 tables. Primary keys are named: the V1 ones keep theirs.
ALTER TABLE article_entity RENAME TO article_entity_v1;
ALTER TABLE entity_alias RENAME TO entity_alias_v1;
ALTER TABLE entity RENAME TO entity_v1;

CREATE TABLE entity (
    id            TEXT        CONSTRAINT entity_id_pkey PRIMARY KEY,
    type          VARCHAR(16) NOT NULL,
    -- the name given by the most recently stored article naming this id: the name shown
    name          TEXT        NOT NULL,
    name_key      TEXT        NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL
);

-- Every surface form seen for an id: the names articles gave it and their aliases; form_key is lower-cased.
CREATE TABLE entity_form (
    entity_id TEXT NOT NULL REFERENCES entity (id),
    form      TEXT NOT NULL,
    form_key  TEXT NOT NULL,
    CONSTRAINT entity_form_pkey PRIMARY KEY (entity_id, form)
);

CREATE INDEX entity_form_key_idx ON entity_form (form_key);

CREATE TABLE article_entity (
    article_id      VARCHAR(32)      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id       TEXT             NOT NULL REFERENCES entity (id),
    entity_type     VARCHAR(16)      NOT NULL,
    -- the name this article gave the entity
    name            TEXT             NOT NULL,
    mentions        INTEGER          NOT NULL,
    first_offset    INTEGER,
    salience        DOUBLE PRECISION,
    sentiment_label VARCHAR(8),
    sentiment_score DOUBLE PRECISION,
    -- the article's sort_day, copied so an entity's page reads one index range and no article rows
    sort_day        DATE             NOT NULL,
    CONSTRAINT article_entity_id_pkey PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX article_entity_entity_day_idx ON article_entity (entity_id, sort_day)
    INCLUDE (mentions, sentiment_score);
