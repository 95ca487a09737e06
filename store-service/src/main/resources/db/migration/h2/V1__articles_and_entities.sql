-- H2 twin of the PostgreSQL schema for the embedded default: same tables and columns, no tsvector (search
-- falls back to LIKE), JSON instead of JSONB, plain indexes.
CREATE TABLE article (
    id               VARCHAR(32)              PRIMARY KEY,
    title            CHARACTER LARGE OBJECT   NOT NULL,
    body             CHARACTER LARGE OBJECT   NOT NULL,
    source           CHARACTER VARYING,
    url              CHARACTER VARYING,
    author           CHARACTER VARYING,
    language         VARCHAR(16),
    published_at     TIMESTAMP WITH TIME ZONE,
    ingested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    enriched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sort_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    sort_day         DATE                     NOT NULL,
    sentiment_label  VARCHAR(8)               NOT NULL,
    sentiment_score  DOUBLE PRECISION         NOT NULL,
    word_count       INTEGER                  NOT NULL,
    enricher_version CHARACTER VARYING,
    document         JSON                     NOT NULL,
    first_stored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX article_sort_idx      ON article (sort_time DESC, id DESC);
CREATE INDEX article_ingested_idx  ON article (ingested_at);
CREATE INDEX article_source_idx    ON article (source, sort_time DESC, id DESC);
CREATE INDEX article_language_idx  ON article (language, sort_time DESC, id DESC);
CREATE INDEX article_sentiment_idx ON article (sentiment_label, sentiment_score);

CREATE TABLE entity (
    name          CHARACTER VARYING        NOT NULL,
    type          VARCHAR(16)              NOT NULL,
    name_key      CHARACTER VARYING        NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, type)
);

CREATE INDEX entity_name_key_idx ON entity (name_key);

CREATE TABLE entity_alias (
    entity_name CHARACTER VARYING NOT NULL,
    entity_type VARCHAR(16)       NOT NULL,
    alias       CHARACTER VARYING NOT NULL,
    alias_key   CHARACTER VARYING NOT NULL,
    PRIMARY KEY (entity_name, entity_type, alias),
    FOREIGN KEY (entity_name, entity_type) REFERENCES entity (name, type)
);

CREATE INDEX entity_alias_key_idx ON entity_alias (alias_key);

CREATE TABLE article_entity (
    article_id      VARCHAR(32)       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_name     CHARACTER VARYING NOT NULL,
    entity_type     VARCHAR(16)       NOT NULL,
    mentions        INTEGER           NOT NULL,
    first_offset    INTEGER,
    salience        DOUBLE PRECISION,
    sentiment_label VARCHAR(8),
    sentiment_score DOUBLE PRECISION,
    PRIMARY KEY (article_id, entity_name, entity_type),
    FOREIGN KEY (entity_name, entity_type) REFERENCES entity (name, type)
);

CREATE INDEX article_entity_entity_idx ON article_entity (entity_name, entity_type);
