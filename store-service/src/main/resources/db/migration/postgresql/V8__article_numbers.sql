-- Twin of the H2 V8: every article gets a number in the order it was first stored, and the links are keyed by
-- (article_no, entity_id) instead of (article_id, entity_id), so a stored article's links are appended to the
-- primary key's B-tree instead of landing at a random place of it (article ids are hashes). article_id stays in
-- the links: an entity's latest articles are ordered by it. The existing
-- articles are numbered by first_stored_at, then id. Both tables are rewritten once (VACUUM afterwards).
ALTER TABLE article ADD COLUMN article_no BIGINT;
UPDATE article a SET article_no = s.n
    FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY first_stored_at, id) AS n FROM article) s WHERE a.id = s.id;
CREATE SEQUENCE article_no_seq OWNED BY article.article_no;
SELECT setval('article_no_seq', COALESCE(MAX(article_no), 0) + 1, false) FROM article;
ALTER TABLE article ALTER COLUMN article_no SET DEFAULT nextval('article_no_seq'),
    ALTER COLUMN article_no SET NOT NULL;

ALTER TABLE article_entity ADD COLUMN article_no BIGINT;
UPDATE article_entity ae SET article_no = a.article_no FROM article a WHERE a.id = ae.article_id;
ALTER TABLE article_entity ALTER COLUMN article_no SET NOT NULL,
    DROP CONSTRAINT article_entity_id_pkey,
    ADD CONSTRAINT article_entity_no_pkey PRIMARY KEY (article_no, entity_id);
-- the article list filtered by an entity finds its few links first, then each article by its number
CREATE UNIQUE INDEX article_no_idx ON article (article_no);
