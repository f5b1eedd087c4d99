package io.custmgr.common.jdbc;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rows of a set-based read belong to a batch of ids: IN lists of at most {@link InLists#MAX}, or, for ids that
 * come ascending and close together (a keyset walk, a search sorted by id), one id range {@code (after, last]}. A range
 * statement has the same text for every batch, so PostgreSQL plans it once per connection instead of once per IN list,
 * and it reads one index range. A range may hold ids that were not asked for: the caller keeps only its own.
 *
 * <p>Statements are written once, with {@code x.COLUMN IN (:ids)} conditions; {@link #sql} gives the text for a scope.
 */
public final class IdScope {

    /** A batch is read as a range when its ids span at most this many times their number. */
    public static final int DENSITY = 8;

    private static final Pattern IN_LIST = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*) IN \\(:ids\\)");
    private static final Map<String, String> RANGE_SQL = new ConcurrentHashMap<String, String>();

    private final List<Long> ids;
    private final long after;
    private final long last;

    private IdScope(List<Long> ids, long after, long last) {
        this.ids = ids;
        this.after = after;
        this.last = last;
    }

    /**
     * @param ids distinct ids in the caller's order
     * @return one range scope when they are ascending and dense, else one IN-list scope per {@link InLists#MAX}
     */
    public static List<IdScope> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyList();
        }
        if (ascendingAndDense(ids)) {
            long first = ids.iterator().next();
            long last = first;
            for (Long id : ids) {
                last = id;
            }
            return Collections.singletonList(range(first - 1, last));
        }
        List<IdScope> scopes = new ArrayList<IdScope>();
        for (List<Long> chunk : InLists.chunks(ids)) {
            scopes.add(new IdScope(chunk, 0L, 0L));
        }
        return scopes;
    }

    /** @return the ids above {@code after} up to and including {@code last} */
    public static IdScope range(long after, long last) {
        return new IdScope(null, after, last);
    }

    public boolean isRange() {
        return ids == null;
    }

    /** @return {@code :ids}, or {@code :after} and {@code :last} */
    public MapSqlParameterSource parameters() {
        return isRange() ? new MapSqlParameterSource("after", after).addValue("last", last)
                : new MapSqlParameterSource("ids", ids);
    }

    /** @param inListSql a statement whose conditions on the batch read {@code x.COLUMN IN (:ids)} */
    public String sql(String inListSql) {
        if (!isRange()) {
            return inListSql;
        }
        String sql = RANGE_SQL.get(inListSql);
        if (sql == null) {
            Matcher m = IN_LIST.matcher(inListSql);
            sql = m.replaceAll("$1 > :after AND $1 <= :last");
            RANGE_SQL.put(inListSql, sql);
        }
        return sql;
    }

    static boolean ascendingAndDense(Collection<Long> ids) {
        long previous = Long.MIN_VALUE;
        long first = 0;
        boolean started = false;
        for (Long id : ids) {
            if (id == null || (started && id <= previous)) {
                return false;
            }
            if (!started) {
                first = id;
                started = true;
            }
            previous = id;
        }
        return started && first > Long.MIN_VALUE && previous - first < (long) DENSITY * ids.size();
    }
}
