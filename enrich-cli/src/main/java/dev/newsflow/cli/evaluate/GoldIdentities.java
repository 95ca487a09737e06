package dev.newsflow.cli.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real-world entities of several gold files, across articles. Gold lists entities per article only, so one is
 * taken to be the same across articles when its type and normalised canonical name are the same, or when an
 * article lists one as an alias of the other ("U.S." with alias "United States" joins the "United States" of other
 * articles). Aliases that are nobody's canonical name ("Community") join nothing, so a loose alias cannot chain
 * two bodies together. A judge may add pairs the gold does not link ("Tories" and "Conservatives" in different
 * articles); the report says which were given.
 */
final class GoldIdentities {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<Integer> parent = new ArrayList<>();
    private final List<String> type = new ArrayList<>();
    private final List<Set<String>> names = new ArrayList<>();

    GoldIdentities(List<GoldArticle> articles, List<List<String>> same) {
        for (GoldArticle article : articles) {
            for (GoldArticle.Entity e : article.entities()) {
                node(e.type(), EntityNames.normalise(e.name()), e.name());
            }
        }
        for (GoldArticle article : articles) {
            for (GoldArticle.Entity e : article.entities()) {
                int self = index.get(key(e.type(), EntityNames.normalise(e.name())));
                for (String alias : e.aliases()) {
                    Integer other = index.get(key(e.type(), EntityNames.normalise(alias)));
                    if (other != null) {
                        union(self, other);
                    }
                }
            }
        }
        for (List<String> pair : same) {
            joinByName(pair.get(0), pair.get(1));
        }
    }

    /** Joins the gold entities of any one type named {@code a} and {@code b}; unknown names are an error. */
    private void joinByName(String a, String b) {
        boolean joined = false;
        for (String entityType : Set.copyOf(type)) {
            Integer x = index.get(key(entityType, EntityNames.normalise(a)));
            Integer y = index.get(key(entityType, EntityNames.normalise(b)));
            if (x != null && y != null) {
                union(x, y);
                joined = true;
            }
        }
        if (!joined) {
            throw new IllegalArgumentException("no gold entities of one type named " + a + " and " + b);
        }
    }

    /** The cluster of a gold entity: equal for every entity taken to be the same real-world one. */
    int of(GoldArticle.Entity entity) {
        return find(index.get(key(entity.type(), EntityNames.normalise(entity.name()))));
    }

    String type(int cluster) {
        return type.get(cluster);
    }

    /** The canonical names the gold uses for the cluster, for reports. */
    Set<String> names(int cluster) {
        Set<String> all = new LinkedHashSet<>();
        for (int node = 0; node < parent.size(); node++) {
            if (find(node) == cluster) {
                all.addAll(names.get(node));
            }
        }
        return all;
    }

    private void node(String entityType, String normalised, String name) {
        Integer existing = index.get(key(entityType, normalised));
        if (existing == null) {
            existing = parent.size();
            index.put(key(entityType, normalised), existing);
            parent.add(existing);
            type.add(entityType);
            names.add(new LinkedHashSet<>());
        }
        names.get(existing).add(name);
    }

    private int find(int node) {
        int root = node;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent.set(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private static String key(String entityType, String normalised) {
        return entityType + "\u0000" + normalised;
    }
}
