package dev.newsflow.store.entity;

import dev.newsflow.events.EntityIds;
import dev.newsflow.events.EntityType;
import dev.newsflow.store.api.TimeField;
import dev.newsflow.store.article.IdentifiedEntity;
import dev.newsflow.store.article.LinkNumbers;
import dev.newsflow.store.db.SqlDialect;
import dev.newsflow.store.db.SqlTime;
import dev.newsflow.store.entity.EntityDetail.CoOccurrence;
import dev.newsflow.store.entity.EntityDetail.Day;
import dev.newsflow.store.entity.EntitySummary.SentimentCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Entity analytics over the article-entity links, grouped by entity id. One entity's page reads only index ranges
 * on {@code entity_form (form_key)} and the links' entity index ({@link SqlDialect#entityLinks}), never a scan of all
 * articles.
 * Results are read as lists, never as JDBC-backed streams: an unclosed stream keeps its pooled connection for good.
 */
@Repository
class EntityRepository {

    static final int CO_OCCURRING = 10;
    /** Co-occurrence is counted over an entity's latest articles, so its page costs the same however famous it is. */
    static final int CO_OCCURRENCE_ARTICLES = 500;

    private final JdbcClient jdbc;
    private final EntityForms forms;
    private final SqlDialect dialect;

    EntityRepository(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.forms = new EntityForms(jdbc);
    }

    List<EntitySummary> top(Instant from, Instant to, TimeField time, EntityType type, int limit) {
        String column = time.column();
        List<EntitySummary> top = jdbc.sql("SELECT e.id, e.name, e.type, t.mentions, t.articles, t.average_sentiment,"
                        + " t.positive, t.neutral, t.negative FROM (SELECT ae.entity_id, SUM(ae.mentions) AS mentions,"
                        + " COUNT(*) AS articles, AVG(ae.sentiment_score) AS average_sentiment,"
                        + " SUM(CASE WHEN ae.sentiment_label = 'positive' THEN 1 ELSE 0 END) AS positive,"
                        + " SUM(CASE WHEN ae.sentiment_label = 'neutral' THEN 1 ELSE 0 END) AS neutral,"
                        + " SUM(CASE WHEN ae.sentiment_label = 'negative' THEN 1 ELSE 0 END) AS negative"
                        // the window's articles first, then each one's links by their key range: offered
                        // a.article_no = ae.article_no as well, H2 read every link of the entity index instead
                        + " FROM article_link ae JOIN article a ON " + LinkNumbers.ofArticle("ae.link_no", "a.article_no")
                        + " WHERE " + column + " >= :from AND " + column + " < :to"
                        + (type == null ? "" : " AND ae.entity_type = :type")
                        + " GROUP BY ae.entity_id ORDER BY mentions DESC, articles DESC, ae.entity_id LIMIT :limit) t"
                        + " JOIN entity e ON e.id = t.entity_id ORDER BY t.mentions DESC, t.articles DESC, e.id")
                .param("from", SqlTime.of(from)).param("to", SqlTime.of(to))
                .param("type", type == null ? null : type.name()).param("limit", limit)
                .query(EntityRepository::summary).list();
        var aliases = forms.aliases(top.stream().map(EntitySummary::id).toList());
        return top.stream().map(s -> new EntitySummary(s.id(), s.name(), s.type(),
                aliases.apply(s.id(), s.name()), s.mentions(), s.articles(), s.averageSentiment(), s.sentiment())).toList();
    }

    /**
     * The entity id for an id, a name or any surface form, case-insensitive: the id itself first; else, among the
     * entities that form was seen for, one currently shown under that name, then the one in most articles.
     */
    Optional<String> resolve(String nameIdOrForm) {
        String input = nameIdOrForm.strip();
        if (EntityIds.isValid(input)) {
            Optional<String> byId = jdbc.sql("SELECT e.id FROM entity e WHERE e.id = :id").param("id", input)
                    .query(String.class).list().stream().findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        String key = IdentifiedEntity.formKey(input);
        List<String[]> candidates = jdbc.sql("SELECT DISTINCT f.entity_id, e.name_key FROM entity_form f"
                        + " JOIN entity e ON e.id = f.entity_id WHERE f.form_key = :key ORDER BY f.entity_id")
                .param("key", key).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        List<String> shownUnderIt = candidates.stream().filter(c -> c[1].equals(key)).map(c -> c[0]).toList();
        List<String> ids = shownUnderIt.isEmpty() ? candidates.stream().map(c -> c[0]).toList() : shownUnderIt;
        // counting articles only when a form is ambiguous: for a frequent entity that count is the costly part
        return ids.size() <= 1 ? ids.stream().findFirst() : jdbc.sql("SELECT ae.entity_id FROM "
                        + dialect.entityLinks("ae", ":ids")
                        + " GROUP BY ae.entity_id ORDER BY COUNT(*) DESC, ae.entity_id LIMIT 1")
                .param("ids", ids).query(String.class).list().stream().findFirst().or(() -> ids.stream().findFirst());
    }

    EntityDetail detail(String id) {
        var entity = jdbc.sql("SELECT e.name, e.type FROM entity e WHERE e.id = :id").param("id", id)
                .query((rs, row) -> new String[] {rs.getString("name"), rs.getString("type")}).single();
        List<DaySums> days = jdbc.sql("SELECT ae.sort_day, COUNT(*) AS articles, SUM(ae.mentions) AS mentions,"
                        + " SUM(ae.sentiment_score) AS score_sum, COUNT(ae.sentiment_score) AS scored"
                        + " FROM " + dialect.entityLinks("ae", ":id") + " GROUP BY ae.sort_day ORDER BY ae.sort_day")
                .param("id", id)
                .query((rs, row) -> new DaySums(rs.getObject("sort_day", LocalDate.class), rs.getLong("articles"),
                        rs.getLong("mentions"), rs.getDouble("score_sum"), rs.getLong("scored")))
                .list();
        List<CoOccurrence> coOccurring = jdbc.sql("SELECT e.id, e.name, e.type, t.articles FROM (SELECT o.entity_id,"
                        + " COUNT(*) AS articles FROM (SELECT ae.article_no FROM " + dialect.entityLinks("ae", ":id")
                        + " ORDER BY ae.sort_day DESC, ae.article_id DESC LIMIT :recent) r"
                        + " JOIN article_link o ON " + LinkNumbers.ofArticle("o.link_no", "r.article_no")
                        + " AND o.entity_id <> :id"
                        + " GROUP BY o.entity_id ORDER BY articles DESC, o.entity_id LIMIT :limit) t"
                        + " JOIN entity e ON e.id = t.entity_id ORDER BY t.articles DESC, e.id")
                .param("id", id).param("recent", CO_OCCURRENCE_ARTICLES).param("limit", CO_OCCURRING)
                .query((rs, row) -> new CoOccurrence(rs.getString("id"), rs.getString("name"),
                        EntityType.valueOf(rs.getString("type")), rs.getLong("articles")))
                .list();
        DaySums total = days.stream().reduce(new DaySums(null, 0, 0, 0, 0), DaySums::plus);
        return new EntityDetail(id, entity[0], EntityType.valueOf(entity[1]),
                forms.aliases(List.of(id)).apply(id, entity[0]), total.articles(), total.mentions(),
                total.average(), days.stream().map(DaySums::day).toList(), coOccurring);
    }

    /** Per-day sums; averages are taken over the links that have a sentiment score. */
    private record DaySums(LocalDate date, long articles, long mentions, double scoreSum, long scored) {

        DaySums plus(DaySums other) {
            return new DaySums(date, articles + other.articles, mentions + other.mentions,
                    scoreSum + other.scoreSum, scored + other.scored);
        }

        Double average() {
            return scored == 0 ? null : scoreSum / scored;
        }

        Day day() {
            return new Day(date, articles, mentions, average());
        }
    }

    private static EntitySummary summary(ResultSet rs, int row) throws SQLException {
        double average = rs.getDouble("average_sentiment");
        Double averageSentiment = rs.wasNull() ? null : average;
        return new EntitySummary(rs.getString("id"), rs.getString("name"), EntityType.valueOf(rs.getString("type")),
                List.of(), rs.getLong("mentions"), rs.getLong("articles"), averageSentiment,
                new SentimentCounts(rs.getLong("positive"), rs.getLong("neutral"), rs.getLong("negative")));
    }
}
