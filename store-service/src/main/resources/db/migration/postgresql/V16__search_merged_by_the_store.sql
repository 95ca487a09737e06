-- Since V16 the store merges the search index's pending list itself, every 2 s from a connection of its own, outside
-- the consumers' transactions (SearchIndexMerger): a merge of two seconds' articles costs the server less per article
-- than the 1 MB merges inside inserts of V15, and no poll waits for one (BENCHMARKS.md, "Pipeline"). The limit stays as
-- the fallback for when that merger does not run (another writer, the merger failing): 16 MB, so an insert merges
-- only then. A storage parameter of the index only: nothing is rebuilt.
ALTER INDEX article_search_idx SET (gin_pending_list_limit = 16384);
