-- Twin of the H2 V9, which keeps title and body as plain text instead of H2's large objects. Nothing changes here:
-- they are TEXT already.
SELECT 1;
