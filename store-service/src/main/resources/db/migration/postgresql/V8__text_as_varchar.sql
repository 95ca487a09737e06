-- Twin of the H2 V8, which stores title and body as CHARACTER VARYING instead of CLOB. Nothing changes here: they
-- stay TEXT.
SELECT 1;
