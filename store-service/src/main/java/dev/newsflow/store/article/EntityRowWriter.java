package dev.newsflow.store.article;

import dev.newsflow.store.article.LinkKey.LinkedArticle;
import dev.newsflow.store.db.SqlDialect;
import dev.newsflow.store.db.SqlDialect.Column;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes entity rows: entities upserted by id (the latest name wins, the first-seen time stays), surface forms and
 * article links inserted. Shared by the article writer and the migration that brought V1 rows over.
 */
final class EntityRowWriter {

    // nearly every form of a batch is stored already: the batch's stored forms are read first (STORED_FORMS) and only
    // new ones inserted, because H2 answers a conflict by throwing and catching an exception inside the database;
    // NOT EXISTS and ON CONFLICT stay for the race with the store's other consumer threads (PostgreSQL)
    private static final String INSERT_FORM = "INSERT INTO entity_form (entity_id, form, form_key)"
            + " SELECT :entityId, :form, :formKey WHERE NOT EXISTS (SELECT 1 FROM entity_form"
            + " WHERE entity_id = :entityId AND form = :form) ON CONFLICT DO NOTHING";
    private static final String LINK_COLUMNS = "article_id, entity_id, entity_type, name, mentions, first_offset,"
            + " salience, sentiment_label, sentiment_score, sort_day";
    private static final String LINK_VALUES = ":articleId, :entityId, :type, :name, :mentions, :firstOffset, :salience,"
            + " :sentimentLabel, :sentimentScore, :sortDay";
    private static final String STORED_NAMES = "SELECT id, name FROM entity WHERE id IN (:ids)";
    private static final String STORED_FORMS = "SELECT entity_id, form FROM entity_form WHERE entity_id IN (:ids)";
    /** bind parameters per IN list: PostgreSQL's protocol allows 65,535 per statement */
    private static final int IDS_PER_QUERY = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final RowBatch<EntityRow> upsertEntity;
    private final RowBatch<EntityRows.Form> insertForm = new RowBatch<>(INSERT_FORM, EntityRowWriter::formValue);
    private final RowBatch<NumberedLink> insertLink;
    private final StoredEntities known;
    private final LinkKey linkKey;

    /** @param known what recent commits stored: only entities not there are read from the database */
    EntityRowWriter(NamedParameterJdbcTemplate jdbc, SqlDialect dialect, StoredEntities known) {
        this(jdbc, dialect, known, LinkKey.LINK_NO);
    }

    /** @param linkKey {@link LinkKey#ARTICLE_ID} only for the V4 migration, which runs before links had numbers */
    EntityRowWriter(NamedParameterJdbcTemplate jdbc, SqlDialect dialect, StoredEntities known, LinkKey linkKey) {
        this.jdbc = jdbc;
        this.known = known;
        this.linkKey = linkKey;
        this.upsertEntity = new RowBatch<>(dialect.upsert("entity", "id", List.of(new Column("id", ":id", false),
                new Column("type", ":type", false), new Column("name", ":name", true),
                new Column("name_key", ":nameKey", true), new Column("first_seen_at", ":storedAt", false))),
                EntityRow::value);
        this.insertLink = new RowBatch<>(linkKey.insert(LINK_COLUMNS, LINK_VALUES), NumberedLink::value);
    }

    /**
     * Replaces the links of {@code articles} with those of {@code rows}. Every article must be stored already: a link
     * copies its article's sort day (and number).
     */
    void write(Collection<String> articles, EntityRows rows, OffsetDateTime storedAt) {
        Map<String, String> storedNames = new HashMap<>();
        Set<String> storedForms = new HashSet<>();
        readStored(rows, storedNames, storedForms);
        // an unchanged entity is not written again: rewriting its row dirtied one more database page per entity and
        // article for nothing (on H2 a third of the store's write time went to such pages)
        upsertEntity.run(jdbc.getJdbcOperations(), rows.entities().stream()
                .filter(e -> !e.name().equals(storedNames.get(e.id())))
                .map(e -> new EntityRow(e, storedAt)).toList());
        insertForm.run(jdbc.getJdbcOperations(), rows.forms().stream()
                .filter(f -> !storedForms.contains(formKey(f.entityId(), f.form()))).toList());
        known.rememberAfterCommit(rows);
        Map<String, LinkedArticle> stored = linkKey.read(jdbc, articles, storedAt);
        linkKey.deleteLinks(jdbc, stored.values());
        // each article's links are numbered from 0 in the order they come (all of them were deleted above)
        Map<String, Integer> places = new HashMap<>();
        insertLink.run(jdbc.getJdbcOperations(), rows.links().stream()
                .map(link -> new NumberedLink(link, stored.get(link.articleId()),
                        places.merge(link.articleId(), 1, Integer::sum) - 1))
                .toList());
    }

    /**
     * The stored names and forms of the batch's entities: those {@link StoredEntities} knows, the rest read in a few
     * queries instead of one per row.
     */
    private void readStored(EntityRows rows, Map<String, String> names, Set<String> forms) {
        Set<String> formsUnknown = new HashSet<>();
        for (EntityRows.Form f : rows.forms()) {
            if (known.hasForm(f.entityId(), f.form())) {
                forms.add(formKey(f.entityId(), f.form()));
            } else {
                formsUnknown.add(f.entityId());
            }
        }
        List<String> ids = new ArrayList<>();
        for (EntityRows.Entity e : rows.entities()) {
            String name = known.name(e.id());
            if (name != null) {
                names.put(e.id(), name);
            }
            if (name == null || formsUnknown.contains(e.id())) {
                ids.add(e.id());
            }
        }
        for (List<String> some : InLists.of(ids, IDS_PER_QUERY)) {
            Map<String, List<String>> chunk = Map.of("ids", some);
            jdbc.query(STORED_NAMES, chunk, rs -> {
                names.put(rs.getString("id"), rs.getString("name"));
            });
            jdbc.query(STORED_FORMS, chunk, rs -> {
                forms.add(formKey(rs.getString("entity_id"), rs.getString("form")));
            });
        }
    }

    static String formKey(String entityId, String form) {
        return entityId + '\u0000' + form;
    }

    private static Object formValue(EntityRows.Form form, String parameter) {
        return switch (parameter) {
            case "entityId" -> form.entityId();
            case "form" -> form.form();
            case "formKey" -> IdentifiedEntity.formKey(form.form());
            default -> throw new IllegalArgumentException("no form column for :" + parameter);
        };
    }

    private record EntityRow(EntityRows.Entity entity, OffsetDateTime storedAt) {

        Object value(String parameter) {
            return switch (parameter) {
                case "id" -> entity.id();
                case "type" -> entity.type().name();
                case "name" -> entity.name();
                case "nameKey" -> IdentifiedEntity.formKey(entity.name());
                case "storedAt" -> storedAt;
                default -> throw new IllegalArgumentException("no entity column for :" + parameter);
            };
        }
    }

    /** A link with its article's stored number and sort day, and its place among the article's links. */
    private record NumberedLink(EntityRows.Link link, LinkedArticle article, int place) {

        Object value(String parameter) {
            var sentiment = link.sentiment();
            return switch (parameter) {
                case "articleId" -> link.articleId();
                case "articleNo" -> article.number();
                case "sortDay" -> article.sortDay();
                case "linkNo" -> article.number() == null ? null : LinkNumbers.of(article.number(), place);
                case "entityId" -> link.entityId();
                case "type" -> link.type().name();
                case "name" -> link.name();
                case "mentions" -> link.mentions();
                case "firstOffset" -> link.firstOffset();
                case "salience" -> link.salience();
                case "sentimentLabel" -> sentiment == null ? null : sentiment.label().wireName();
                case "sentimentScore" -> sentiment == null ? null : sentiment.score();
                default -> throw new IllegalArgumentException("no link column for :" + parameter);
            };
        }
    }
}
