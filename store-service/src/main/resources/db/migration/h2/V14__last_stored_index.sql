-- GET /api/stats reports the last time an article was stored: without an index MAX(stored_at) read every article
-- row whole (on H2 a page per row, title, body and document included: ~10 s at 80,000 articles, growing with the
-- store, on every dashboard load after a write). With it the maximum is one index lookup.
CREATE INDEX IF NOT EXISTS article_stored_idx ON article (stored_at);
