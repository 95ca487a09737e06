package dev.newsflow.events.validation;

import tools.jackson.core.JsonPointer;

import java.util.List;
import java.util.Set;

/**
 * What one producer or consumer applies on top of the schema.
 *
 * @param constraints  extra rules a record must also meet
 * @param canDoWithout parts the schema requires that this reader can derive or do without (it fills them in
 *                     itself after validation): when invalid they are dropped like optional parts, and their
 *                     absence is no violation
 */
public record LocalRules(List<PartRule> constraints, Set<JsonPointer> canDoWithout) {

    public static final LocalRules NONE = new LocalRules(List.of(), Set.of());

    public LocalRules {
        constraints = List.copyOf(constraints);
        canDoWithout = Set.copyOf(canDoWithout);
    }
}
