-- H2 twin of the PostgreSQL V6: the links and surface forms lose their foreign keys. H2 kept a one-column index of
-- its own for each (article_entity: article_id and entity_id; entity_form: entity_id) beside the primary key and
-- article_entity_entity_day_idx, so every stored link updated four index B-trees instead of two, the article_id one
-- at a random place (ids are hashes): the store's CPU per article fell ~20 % and its file writes ~40 % without
-- them (BENCHMARKS.md, "Store write path"). The store's only writer keeps what the keys checked: an entity row is
-- written in the transaction of the links and forms naming it (EntityRowWriter), a link copies its article's
-- stored sort_day (NOT NULL, so a link without its article is refused), and the links of an article are deleted
-- by article id before it is stored again; articles and entities are never deleted. The generated names of H2's
-- constraints are not known here, so both tables are rebuilt without them, rows kept.
CREATE TABLE article_entity_v6 (
    article_id      VARCHAR(32)       NOT NULL,
    entity_id       CHARACTER VARYING NOT NULL,
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

INSERT INTO article_entity_v6 (article_id, entity_id, entity_type, name, mentions, first_offset, salience,
        sentiment_label, sentiment_score, sort_day)
    SELECT article_id, entity_id, entity_type, name, mentions, first_offset, salience, sentiment_label,
        sentiment_score, sort_day FROM article_entity;
DROP TABLE article_entity;
ALTER TABLE article_entity_v6 RENAME TO article_entity;
CREATE INDEX article_entity_entity_day_idx ON article_entity (entity_id, sort_day);

CREATE TABLE entity_form_v6 (
    entity_id CHARACTER VARYING NOT NULL,
    form      CHARACTER VARYING NOT NULL,
    form_key  CHARACTER VARYING NOT NULL,
    PRIMARY KEY (entity_id, form)
);

INSERT INTO entity_form_v6 (entity_id, form, form_key) SELECT entity_id, form, form_key FROM entity_form;
DROP TABLE entity_form;
ALTER TABLE entity_form_v6 RENAME TO entity_form;
CREATE INDEX entity_form_key_idx ON entity_form (form_key);
