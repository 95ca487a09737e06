-- Title and body as CHARACTER VARYING instead of CHARACTER LARGE OBJECT: H2 keeps a CLOB longer than a few hundred
-- characters (every body) apart in its LOB store, written on insert, copied into the table and dropped again on
-- every re-delivery (BENCHMARKS.md, "Store write path"). The document column (V7) holds the title and body too and
-- is CHARACTER VARYING already, so no article that could be stored before is refused now. H2 copies the table once;
-- nullability stays.
ALTER TABLE article ALTER COLUMN title SET DATA TYPE CHARACTER VARYING;
ALTER TABLE article ALTER COLUMN body SET DATA TYPE CHARACTER VARYING;
