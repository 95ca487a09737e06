-- H2 only (PostgreSQL updates index pages in place and keeps (entity_id, sort_day)). H2's store is copy-on-write:
-- each commit writes every B-tree page it changed whole. The links' entity index took ~16 links per article at
-- random leaves of one big tree, ~16 pages rewritten per stored article, about 45 % of the store's CPU once it held
-- tens of thousands of articles (BENCHMARKS.md, "What the entity index costs on H2"). Keyed by a generation first,
-- 4,096 consecutive article numbers, the links of newly stored articles land in the current generation's subtree
-- only (a few thousand leaves at most), so a commit rewrites a bounded number of pages however large the store grows;
-- an old article stored again rewrites its own generation's pages, as before. Readers look an entity up in each
-- generation (SqlDialect.entityLinks). A generated column: the writer's INSERT stays the same on both databases, and
-- existing links get their generation here. article_no stays below 2^43 (LinkNumbers), so a generation fits an INTEGER.
-- H2 commits each statement on its own: a start stopped part-way runs this again from the first line, so every
-- statement may find its work done. The old index goes first: adding the column copies the table, with every index
-- on it rebuilt.
DROP INDEX IF EXISTS article_link_entity_day_idx;
ALTER TABLE article_link ADD COLUMN IF NOT EXISTS gen INTEGER GENERATED ALWAYS AS (CAST(article_no / 4096 AS INTEGER));
CREATE INDEX IF NOT EXISTS article_link_gen_entity_day_idx ON article_link (gen, entity_id, sort_day);
