-- H2 twin of the PostgreSQL V3: entities grouped by stable id; V4 (Java) fills them, V5 drops the V1 tables.
ALTER TABLE article_entity RENAME TO article_entity_v1;
ALTER TABLE entity_alias RENAME TO entity_alias_v1;
ALTER TABLE entity RENAME TO entity_v1;

CREATE TABLE entity (
    id            CHARACTER VARYING        PRIMARY KEY,
    type          VARCHAR(16)              NOT NULL,
    name          CHARACTER VARYING        NOT NULL,
    name_key      CHARACTER VARYING        NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE entity_form (
    entity_id CHARACTER VARYING NOT NULL REFERENCES entity (id),
    form      CHARACTER VARYING NOT NULL,
    form_key  CHARACTER VARYING NOT NULL,
    PRIMARY KEY (entity_id, form)
);

CREATE INDEX entity_form_key_idx ON entity_form (form_key);

CREATE TABLE article_entity (
    article_id      VARCHAR(32)       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_id       CHARACTER VARYING NOT NULL REFERENCES entity (id),
    entity_type     VARCHAR(16)       NOT NULL,
    name            CHARACTER VARYING NOT NULL,
    mentions        INTEGER           NOT NULL,
    first_offset    INTEGER,
    salience        DOUBLE PRECISION,
    sentiment_label VARCHAR(8),
    sentiment_score DOUBLE PRECISION,
    sort_day        DATE              NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX article_entity_entity_day_idx ON article_entity (entity_id, sort_day);
