-- One row per article id. The enriched record is kept whole in "document"; the other columns are copies of the
-- fields the API filters and sorts on, so queries use indexes instead of JSON scans.
CREATE TABLE article (
    id               VARCHAR(32)      PRIMARY KEY,
    title            TEXT             NOT NULL,
    body             TEXT             NOT NULL,
    source           TEXT,
    url              TEXT,
    author           TEXT,
    language         VARCHAR(16),
    published_at     TIMESTAMPTZ,
    ingested_at      TIMESTAMPTZ      NOT NULL,
    enriched_at      TIMESTAMPTZ      NOT NULL,
    -- published time, or ingested time when unknown; fixed when first stored so paging stays stable
    sort_time        TIMESTAMPTZ      NOT NULL,
    sort_day         DATE             NOT NULL,
    sentiment_label  VARCHAR(8)       NOT NULL,
    sentiment_score  DOUBLE PRECISION NOT NULL,
    word_count       INTEGER          NOT NULL,
    enricher_version TEXT,
    document         JSONB            NOT NULL,
    first_stored_at  TIMESTAMPTZ      NOT NULL,
    stored_at        TIMESTAMPTZ      NOT NULL,
    search_vector    TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED
);

CREATE INDEX article_sort_idx      ON article (sort_time DESC, id DESC);
CREATE INDEX article_ingested_idx  ON article (ingested_at);
CREATE INDEX article_source_idx    ON article (source, sort_time DESC, id DESC);
CREATE INDEX article_language_idx  ON article (language, sort_time DESC, id DESC);
CREATE INDEX article_sentiment_idx ON article (sentiment_label, sentiment_score);
CREATE INDEX article_search_idx    ON article USING GIN (search_vector);

-- An entity is its canonical name and type; name_key is the lower-cased name for case-insensitive lookups.
CREATE TABLE entity (
    name          TEXT        NOT NULL,
    type          VARCHAR(16) NOT NULL,
    name_key      TEXT        NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (name, type)
);

CREATE INDEX entity_name_key_idx ON entity (name_key);

-- Every other form any article used for an entity ("Macron" for "Emmanuel Macron").
CREATE TABLE entity_alias (
    entity_name TEXT        NOT NULL,
    entity_type VARCHAR(16) NOT NULL,
    alias       TEXT        NOT NULL,
    alias_key   TEXT        NOT NULL,
    PRIMARY KEY (entity_name, entity_type, alias),
    FOREIGN KEY (entity_name, entity_type) REFERENCES entity (name, type)
);

CREATE INDEX entity_alias_key_idx ON entity_alias (alias_key);

CREATE TABLE article_entity (
    article_id      VARCHAR(32)      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    entity_name     TEXT             NOT NULL,
    entity_type     VARCHAR(16)      NOT NULL,
    mentions        INTEGER          NOT NULL,
    first_offset    INTEGER,
    salience        DOUBLE PRECISION,
    sentiment_label VARCHAR(8),
    sentiment_score DOUBLE PRECISION,
    PRIMARY KEY (article_id, entity_name, entity_type),
    FOREIGN KEY (entity_name, entity_type) REFERENCES entity (name, type)
);

CREATE INDEX article_entity_entity_idx ON article_entity (entity_name, entity_type);
