-- The links and surface forms lose their foreign keys, as in the H2 twin, where each key cost an index B-tree of
-- its own, updated per stored link (the reason is given there); here each cost a trigger and a primary-key probe
-- per row. The store's only writer keeps what the keys checked: an entity row is written in the transaction of the
-- links and forms naming it (EntityRowWriter), a link copies its article's stored sort_day (NOT NULL, so a link
-- without its article is refused), and the links of an article are deleted by article id before it is stored
-- again; articles and entities are never deleted. Dropped by what they are, not by their generated names.
DO $$
DECLARE
    fk RECORD;
BEGIN
    FOR fk IN SELECT c.conname, c.conrelid::regclass AS tbl FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid IN ('article_entity'::regclass, 'entity_form'::regclass) LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tbl, fk.conname);
    END LOOP;
END
$$;
