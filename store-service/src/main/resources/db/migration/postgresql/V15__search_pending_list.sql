-- The search index takes new articles' words into its pending list (GIN fastupdate) and merges the list into the
-- index once it passes gin_pending_list_limit, inside whichever insert passes it: at the server default of 4 MB that
-- one batch of the store waited for a merge of ~1,000 articles' words, the slowest ingested->stored times of a steady
-- stream (p99 349-363 ms at 200 articles/s). At 1 MB the merges come four times as often and each takes a quarter as
-- long (p99 217-222 ms; BENCHMARKS.md, "Pipeline"). A storage parameter of the index only: nothing is rebuilt.
ALTER INDEX article_search_idx SET (gin_pending_list_limit = 1024);
