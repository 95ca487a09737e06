-- Every article gets a number in the order it was first stored, and the links are keyed by (article_no, entity_id)
-- instead of (article_id, entity_id): article ids are hashes, so each stored article's links landed at a random
-- place of the primary key's B-tree, dirtying a page of it per article; numbers from a sequence append them at its
-- end (BENCHMARKS.md, "Store write path"). article_id stays in the links: an entity's latest articles are ordered by
-- it. The existing articles are numbered by first_stored_at, then id.
ALTER TABLE article ADD COLUMN IF NOT EXISTS article_no BIGINT;
MERGE INTO article a USING (SELECT id, ROW_NUMBER() OVER (ORDER BY first_stored_at, id) AS n FROM article) s
    ON a.id = s.id WHEN MATCHED THEN UPDATE SET article_no = s.n;
-- H2 writes a sequence's state to the file, and commits the file, each time its cache runs out: with its default
-- cache of 32 that was ~60 commits inside every 2,000-article transaction. Numbers a crash skips leave gaps: harmless.
CREATE SEQUENCE IF NOT EXISTS article_no_seq CACHE 100000;
ALTER SEQUENCE article_no_seq RESTART WITH (SELECT COALESCE(MAX(article_no), 0) + 1 FROM article);
ALTER TABLE article ALTER COLUMN article_no SET DEFAULT NEXT VALUE FOR article_no_seq;
ALTER TABLE article ALTER COLUMN article_no SET NOT NULL;

ALTER TABLE article_entity ADD COLUMN IF NOT EXISTS article_no BIGINT;
MERGE INTO article_entity ae USING article a ON ae.article_id = a.id WHEN MATCHED THEN UPDATE SET article_no = a.article_no;
ALTER TABLE article_entity ALTER COLUMN article_no SET NOT NULL;
ALTER TABLE article_entity DROP PRIMARY KEY;
ALTER TABLE article_entity ADD PRIMARY KEY (article_no, entity_id);
-- the article list filtered by an entity finds its few links first, then each article by its number
CREATE UNIQUE INDEX IF NOT EXISTS article_no_idx ON article (article_no);
