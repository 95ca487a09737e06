-- The links move to article_link, keyed by one number, link_no = article_no * 2^20 + the link's place among its
-- article's links, instead of (article_no, entity_id). H2 keeps a table with a single BIGINT primary key in one
-- B-tree keyed by it; a composite key is a second B-tree beside the rows. Each stored link so wrote two B-trees
-- besides the entity index instead of one, and the commit revisits every key written (BENCHMARKS.md, "Store write
-- path"). An article's links stay one key range: they are found, replaced and joined by it. article_entity stays
-- until V11: a start that stops part-way through this one runs it again from the first line.
-- Set-based and streaming (no window function, which H2 computes over all rows in memory): each link's place is
-- the number of its article's links with a smaller entity id, read from the old primary key.
DROP TABLE IF EXISTS article_link;
CREATE TABLE article_link (
    link_no         BIGINT            PRIMARY KEY,
    article_no      BIGINT            NOT NULL,
    article_id      VARCHAR(32)       NOT NULL,
    entity_id       CHARACTER VARYING NOT NULL,
    entity_type     VARCHAR(16)       NOT NULL,
    name            CHARACTER VARYING NOT NULL,
    mentions        INTEGER           NOT NULL,
    first_offset    INTEGER,
    salience        DOUBLE PRECISION,
    sentiment_label VARCHAR(8),
    sentiment_score DOUBLE PRECISION,
    sort_day        DATE              NOT NULL
);
INSERT INTO article_link (link_no, article_no, article_id, entity_id, entity_type, name, mentions, first_offset,
        salience, sentiment_label, sentiment_score, sort_day)
    SELECT ae.article_no * 1048576 + (SELECT COUNT(*) FROM article_entity o
            WHERE o.article_no = ae.article_no AND o.entity_id < ae.entity_id),
        ae.article_no, ae.article_id, ae.entity_id, ae.entity_type, ae.name, ae.mentions, ae.first_offset,
        ae.salience, ae.sentiment_label, ae.sentiment_score, ae.sort_day
    FROM article_entity ae;
CREATE INDEX article_link_entity_day_idx ON article_link (entity_id, sort_day);
