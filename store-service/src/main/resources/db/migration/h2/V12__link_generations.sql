-- H2 only (PostgreSQL updates index pages in place and keeps (entity_id, sort_day)). H2's store is copy-on-write:
-- each commit writes every B-tree page it changed whole. The links' entity index took ~16 links per article at
-- random leaves of one big tree, ~16 pages rewritten per stored article, about 45 % of the store's CPU once it held
-- tens of thousands of articles (BENCHMARKS.md, "What the entity index costs on H2"). Keyed by a generation first,
-- 4,096 consecutive article numbers, the links of new articles land in the current generation's subtree only (a
-- few thousand leaves at most), so a commit rewrites a bounded number of pages however large the store grows.
-- Readers look an entity up in each generation (SqlDialect.entityLinks). A generated column: the writer's INSERT
-- stays the same on both databases, and existing links get their generation here.
ALTER TABLE article_link ADD COLUMN gen INTEGER GENERATED ALWAYS AS (CAST(article_no / 4096 AS INTEGER));
CREATE INDEX article_link_gen_entity_day_idx ON article_link (gen, entity_id, sort_day);
DROP INDEX article_link_entity_day_idx;
