package io.custmgr.common.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits values for {@code IN (...)} lists that stay well below every database's parameter limit. */
public final class InLists {

    /** Values per IN list. */
    public static final int MAX = 500;

    private InLists() {
    }

    /** @return the values in their order, in lists of at most {@link #MAX} */
    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<T>(values);
        List<List<T>> chunks = new ArrayList<List<T>>();
        for (int from = 0; from < all.size(); from += MAX) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX)));
        }
        return chunks;
    }
}
