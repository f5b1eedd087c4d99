package io.custmgr.common.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Portable "first n rows" reads: JDBC's own row limit, where SQL has no LIMIT every database understands. */
public final class RowLimits {

    private RowLimits() {
    }

    /**
     * @return a template on {@code jdbc}'s data source (so it joins the same transactions) that reads at most
     *         {@code maxRows} rows of each result; the shared template is left as it is
     */
    public static JdbcTemplate limitedTo(JdbcTemplate jdbc, int maxRows) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(maxRows);
        return limited;
    }

    /**
     * A page of a query's rows with {@code LIMIT n OFFSET m} appended (HSQLDB, PostgreSQL and MariaDB all read it), so
     * the planner knows how few rows are wanted and can walk an index in the query's order instead of sorting all. The
     * two numbers are written into the statement: as parameters, PostgreSQL's generic plan (after five executions)
     * would not know them and go back to sorting everything.
     */
    public static <T> List<T> limitOffset(JdbcTemplate jdbc, String sql, RowMapper<T> mapper, int first, int max,
            Object... args) {
        if (first < 0 || max < 0) {
            throw new IllegalArgumentException("first and max must not be negative: " + first + ", " + max);
        }
        return jdbc.query(sql + " LIMIT " + max + " OFFSET " + first, args, mapper);
    }

    /**
     * A page of a query's rows: at most {@code first + max} are read, the first {@code first} skipped on the client.
     * For lists paged near their start (an inbox, a tab of recent rows), not for deep paging through large tables.
     */
    public static <T> List<T> page(JdbcTemplate jdbc, String sql, final RowMapper<T> mapper, final int first,
            final int max, Object... args) {
        return limitedTo(jdbc, first + max).query(sql, args, new ResultSetExtractor<List<T>>() {
            @Override
            public List<T> extractData(ResultSet rs) throws SQLException {
                List<T> rows = new ArrayList<T>();
                for (int row = 0; rs.next(); row++) {
                    if (row >= first) {
                        rows.add(mapper.mapRow(rs, row));
                    }
                }
                return rows;
            }
        });
    }
}
