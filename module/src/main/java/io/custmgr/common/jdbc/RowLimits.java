package io.custmgr.common.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;

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
}
