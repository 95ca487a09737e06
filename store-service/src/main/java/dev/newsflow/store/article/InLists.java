package dev.newsflow.store.article;

import java.util.ArrayList;
import java.util.List;

/** Values for {@code IN (:ids)} parameters, cut into lists of a bounded size, each a view of the given list. */
final class InLists {

    private InLists() {
    }

    static <T> List<List<T>> of(List<T> all, int size) {
        List<List<T>> lists = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            lists.add(all.subList(from, Math.min(from + size, all.size())));
        }
        return lists;
    }
}
