-- Twin of the PostgreSQL V13, which keeps the document as text there too. Nothing changes here: it is text since V7.
SELECT 1;
