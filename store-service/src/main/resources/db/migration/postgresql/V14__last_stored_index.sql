-- Twin of the H2 V14: MAX(stored_at) for GET /api/stats from an index instead of a scan of every article.
CREATE INDEX IF NOT EXISTS article_stored_idx ON article (stored_at);
