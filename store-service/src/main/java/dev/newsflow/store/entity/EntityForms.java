package dev.newsflow.store.entity;

import dev.newsflow.store.article.IdentifiedEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The surface forms seen for entity ids, as the aliases shown next to a name. */
final class EntityForms {

    private final JdbcClient jdbc;

    EntityForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return for an id and the name shown for it, the other forms, alphabetical, case variants of one form and of
     *         the name itself left out
     */
    BiFunction<String, String, List<String>> aliases(Collection<String> ids) {
        Map<String, List<String>> forms = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT f.entity_id, f.form FROM entity_form f WHERE f.entity_id IN (:ids)"
                            + " ORDER BY f.entity_id, f.form")
                    .param("ids", ids)
                    .query(rs -> {
                        forms.computeIfAbsent(rs.getString("entity_id"), id -> new ArrayList<>())
                                .add(rs.getString("form"));
                    });
        }
        return (id, name) -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            forms.getOrDefault(id, List.of()).forEach(form -> byKey.putIfAbsent(IdentifiedEntity.formKey(form), form));
            byKey.remove(IdentifiedEntity.formKey(name));
            return List.copyOf(byKey.values());
        };
    }
}
