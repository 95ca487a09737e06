-- Twin of the H2 V10: the links move to article_link, keyed by one number, link_no = article_no * 2^20 + the link's
-- place among its article's links, instead of (article_no, entity_id): one smaller primary-key B-tree. An article's
-- links stay one key range: they are found, replaced and joined by it. article_entity stays until V11.
CREATE TABLE article_link (
    link_no         BIGINT           CONSTRAINT article_link_pkey PRIMARY KEY,
    article_no      BIGINT           NOT NULL,
    article_id      VARCHAR(32)      NOT NULL,
    entity_id       TEXT             NOT NULL,
    entity_type     VARCHAR(16)      NOT NULL,
    name            TEXT             NOT NULL,
    mentions        INTEGER          NOT NULL,
    first_offset    INTEGER,
    salience        DOUBLE PRECISION,
    sentiment_label VARCHAR(8),
    sentiment_score DOUBLE PRECISION,
    sort_day        DATE             NOT NULL
);
INSERT INTO article_link (link_no, article_no, article_id, entity_id, entity_type, name, mentions, first_offset,
        salience, sentiment_label, sentiment_score, sort_day)
    SELECT article_no * 1048576 + ROW_NUMBER() OVER (PARTITION BY article_no ORDER BY entity_id) - 1,
        article_no, article_id, entity_id, entity_type, name, mentions, first_offset,
        salience, sentiment_label, sentiment_score, sort_day
    FROM article_entity;
CREATE INDEX article_link_entity_day_idx ON article_link (entity_id, sort_day) INCLUDE (mentions, sentiment_score);
ANALYZE article_link;
