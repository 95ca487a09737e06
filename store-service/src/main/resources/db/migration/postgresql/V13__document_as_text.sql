-- The document is kept as the text received, as on H2 since V7, instead of JSONB: PostgreSQL parsed every document
-- into its binary form on insert and printed it back on every read, for a column the store only reads back whole
-- (no query looks inside it; the store has parsed and validated the record already). Reads now return the record's
-- own bytes; documents stored before keep the text JSONB printed (keys re-ordered, spacing changed: the same values).
-- The large columns are compressed with lz4 instead of pglz, cheaper to compress and to read back, where the server
-- has it. Changing the type rewrites the table once, under a lock that holds off writers and readers while it runs;
-- the compression is set in the same statement, so the rewritten documents get lz4 too (a SET COMPRESSION on its own
-- applies to values written later only).
DO $$
BEGIN
    EXECUTE 'ALTER TABLE article ALTER COLUMN document SET DATA TYPE TEXT,'
        || ' ALTER COLUMN document SET COMPRESSION lz4, ALTER COLUMN body SET COMPRESSION lz4,'
        || ' ALTER COLUMN search_vector SET COMPRESSION lz4';
EXCEPTION
    -- a server built without lz4; or one before PostgreSQL 14, which has no SET COMPRESSION
    WHEN feature_not_supported OR syntax_error THEN
        RAISE NOTICE '% (%): the article columns keep pglz', SQLERRM, SQLSTATE;
        ALTER TABLE article ALTER COLUMN document SET DATA TYPE TEXT;
END $$;
