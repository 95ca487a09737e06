-- The document is kept as the text received instead of in H2's JSON type, which parsed and re-wrote every document
-- on insert (~10 % of the store's CPU per article; BENCHMARKS.md, "Store write path") for a column the store only
-- reads back whole: the store has parsed and validated the record already, and no query looks inside it. Reads
-- now return the record's own text (H2 re-wrote it, e.g. 1.0E-4 as 0.00010, \u00e9 as é: the same JSON values).
-- The stored documents are kept, as H2 had re-written them.
ALTER TABLE article ALTER COLUMN document SET DATA TYPE CHARACTER VARYING;
