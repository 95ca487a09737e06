package dev.newsflow.cli.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article's entity errors in classes a reader can count: a gold entity named with a wrong type ("type"), a
 * further wrong type for one found right ("extra type"), a gold entity and a prediction whose names overlap by whole
 * words but differ ("span": a cut or an overrun), and what is left, gold entities nothing named ("missed") and
 * predictions that named nothing gold ("spurious").
 */
public record EntityErrors(String article, List<Error> errors) {

    /** The kinds of error, in the order they are listed. */
    public enum Kind { TYPE, EXTRA_TYPE, SPAN, MISSED, SPURIOUS }

    /** One error; the gold or the predicted side is null where there is none. */
    public record Error(Kind kind, String gold, String goldType, String predicted, String predictedType) {
    }

    static EntityErrors of(String article, ArticleMatch match) {
        Set<Integer> typedGolds = match.typedGolds();
        Map<Integer, ArticleMatch.Prediction> wrongTypes = match.wrongTypes();
        List<Error> errors = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        for (int i = 0; i < match.golds().size(); i++) {
            if (wrongTypes.containsKey(i)) {
                errors.add(error(Kind.TYPE, match.golds().get(i), wrongTypes.get(i)));
            } else if (!typedGolds.contains(i)) {
                missed.add(i);
            }
        }
        // the other typed false positives: a further type for a gold entity found (typed or with another wrong type)
        List<ArticleMatch.Prediction> spurious = new ArrayList<>();
        for (ArticleMatch.Prediction p : match.predictions()) {
            if (p.untypedHit() < 0) {
                spurious.add(p);
            } else if (p.typedHit() < 0 && !wrongTypes.containsValue(p)) {
                errors.add(error(Kind.EXTRA_TYPE, match.golds().get(p.untypedHit()), p));
            }
        }
        for (Integer gold : List.copyOf(missed)) {
            ArticleMatch.Gold g = match.golds().get(gold);
            spurious.stream().filter(p -> g.names().stream().anyMatch(name -> overlaps(name, p.name()))).findFirst()
                    .ifPresent(p -> {
                        errors.add(error(Kind.SPAN, g, p));
                        spurious.remove(p);
                        missed.remove(gold);
                    });
        }
        missed.forEach(i -> errors.add(error(Kind.MISSED, match.golds().get(i), null)));
        spurious.forEach(p -> errors.add(error(Kind.SPURIOUS, null, p)));
        errors.sort(Comparator.comparing(Error::kind));
        return new EntityErrors(article, List.copyOf(errors));
    }

    /** Whether one name is the other with whole words more on either side. */
    static boolean overlaps(String a, String b) {
        String x = " " + a + " ";
        String y = " " + b + " ";
        return x.contains(y) || y.contains(x);
    }

    private static Error error(Kind kind, ArticleMatch.Gold gold, ArticleMatch.Prediction p) {
        return new Error(kind, gold == null ? null : gold.text(), gold == null ? null : gold.type().name(),
                p == null ? null : p.text(), p == null ? null : p.type().name());
    }
}
