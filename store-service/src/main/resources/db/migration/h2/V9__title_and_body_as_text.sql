-- Title and body are kept as plain text instead of H2's CHARACTER LARGE OBJECT. A CLOB longer than 256 bytes lives
-- outside its row, in H2's LOB store: every stored body was written there once as a temporary LOB when the statement
-- took it as a parameter, then copied into a second LOB when the row was inserted (the copy ~half of what the
-- article upsert allocated, BENCHMARKS.md "Store write path"). The document column, text since V7, already holds
-- the body inside the row, so no longer value fits in one than before. H2 rewrites the table once per column.
ALTER TABLE article ALTER COLUMN title SET DATA TYPE CHARACTER VARYING;
ALTER TABLE article ALTER COLUMN body SET DATA TYPE CHARACTER VARYING;
