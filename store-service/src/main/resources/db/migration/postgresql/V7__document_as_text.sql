-- Twin of the H2 V7, which keeps the document as text instead of in H2's JSON type (H2 parsed and re-wrote every
-- document on insert). Nothing changes here: the document stays JSONB.
SELECT 1;
