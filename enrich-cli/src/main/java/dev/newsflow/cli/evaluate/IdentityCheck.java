package dev.newsflow.cli.evaluate;

import dev.newsflow.nlp.entity.EntityKnowledge;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges entity ids across articles against gold files: whether every form of one gold entity, in whatever
 * article, gets one id ({@link IdentityReport#consistent}), and whether two different gold entities share an id
 * ({@link IdentityReport#merged}). A predicted entity stands for a gold entity of its article when one of its names
 * (canonical or alias, normalised as in scoring) is one of the gold entity's and its type is the gold type: a
 * national team typed as its country is a typing error, which {@code evaluate} scores, not an identity error.
 */
public final class IdentityCheck {

    private final GoldIdentities gold;
    private final EntityKnowledge knowledge;
    private final Map<Integer, Set<String>> idsOf = new TreeMap<>();
    private final Map<Integer, Set<String>> articlesOf = new TreeMap<>();
    private final Map<Integer, Set<String>> formsOf = new TreeMap<>();
    private final Map<String, Set<Integer>> clustersOf = new TreeMap<>();

    /**
     * @param golds every gold article that will be {@linkplain #add added}, from every file
     * @param same  pairs of gold canonical names a judge says are one entity where no article links them
     */
    public IdentityCheck(List<GoldArticle> golds, List<List<String>> same, EntityKnowledge knowledge) {
        this.gold = new GoldIdentities(golds, same);
        this.knowledge = knowledge;
    }

    public void add(GoldArticle article, List<NamedEntity> predicted) {
        for (GoldArticle.Entity g : article.entities()) {
            int cluster = gold.of(g);
            Set<String> forms = formsOf.computeIfAbsent(cluster, k -> new TreeSet<>());
            forms.add(g.name());
            forms.addAll(g.aliases());
            Set<String> goldNames = normalised(g.name(), g.aliases());
            for (NamedEntity e : predicted) {
                if (e.id() != null && e.type().name().equals(g.type()) && overlaps(goldNames, normalised(e.name(), e.aliases()))) {
                    idsOf.computeIfAbsent(cluster, k -> new TreeSet<>()).add(e.id());
                    articlesOf.computeIfAbsent(cluster, k -> new TreeSet<>()).add(article.id());
                    clustersOf.computeIfAbsent(e.id(), k -> new TreeSet<>()).add(cluster);
                }
            }
        }
    }

    public IdentityReport report() {
        List<String> split = new ArrayList<>();
        int covered = 0;
        int coveredConsistent = 0;
        int repeated = 0;
        int repeatedConsistent = 0;
        for (Map.Entry<Integer, Set<String>> entry : articlesOf.entrySet()) {
            int cluster = entry.getKey();
            if (entry.getValue().size() < 2) {
                continue;
            }
            boolean consistent = idsOf.get(cluster).size() == 1;
            boolean known = isCovered(cluster);
            repeated++;
            repeatedConsistent += consistent ? 1 : 0;
            covered += known ? 1 : 0;
            coveredConsistent += known && consistent ? 1 : 0;
            if (!consistent) {
                split.add((known ? "known " : "other ") + gold.type(cluster) + " " + gold.names(cluster) + " -> "
                        + idsOf.get(cluster));
            }
        }
        Set<Integer> mergedClusters = new HashSet<>();
        List<String> merges = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> entry : clustersOf.entrySet()) {
            if (entry.getValue().size() > 1) {
                mergedClusters.addAll(entry.getValue());
                List<Set<String>> names = entry.getValue().stream().map(gold::names).toList();
                merges.add(entry.getKey() + " <- " + names);
            }
        }
        return new IdentityReport(covered, coveredConsistent, repeated, repeatedConsistent, articlesOf.size(),
                mergedClusters.size(), split, merges);
    }

    /** A country or an organisation the knowledge lists know by one of the gold's forms of it. */
    private boolean isCovered(int cluster) {
        String type = gold.type(cluster);
        if (!type.equals("LOCATION") && !type.equals("ORGANIZATION")) {
            return false;
        }
        for (String form : formsOf.get(cluster)) {
            if (knowledge.knownId(EntityType.valueOf(type), form) != null) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> normalised(String name, List<String> aliases) {
        Set<String> names = new HashSet<>();
        names.add(EntityNames.normalise(name));
        aliases.forEach(alias -> names.add(EntityNames.normalise(alias)));
        return names;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String name : b) {
            if (a.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
