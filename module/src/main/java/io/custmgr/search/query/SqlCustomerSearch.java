package io.custmgr.search.query;

import io.custmgr.common.jdbc.LikePatterns;
import io.custmgr.common.jdbc.RowLimits;
import io.custmgr.search.query.CustomerSearchCriteria.YesNo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The search when the index is down: the basic fields of {@code BLC_CUSTOMER} (free text and e-mail, user name, name,
 * company by case-insensitive substring, registration dates, guest, deactivated), sorted by a customer column, one
 * page at a time. Everything else the criteria hold is ignored; the page says so.
 */
public class SqlCustomerSearch {

    static final String COLUMNS = "c.CUSTOMER_ID, c.EMAIL_ADDRESS, c.CM_CONTACT_EMAIL, c.FIRST_NAME, c.LAST_NAME,"
            + " c.CM_COMPANY, c.DATE_CREATED, c.CM_IS_GUEST, c.DEACTIVATED";

    private final NamedParameterJdbcTemplate named;

    public SqlCustomerSearch(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    CustomerSearchResult search(CustomerSearchCriteria c, long startedNanos) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" FROM BLC_CUSTOMER c WHERE 1 = 1");
        int n = 0;
        if (c.getText() != null) {
            params.addValue("p" + n, LikePatterns.containing(c.getText()));
            where.append(" AND (LOWER(c.EMAIL_ADDRESS) LIKE :p").append(n).append(" ESCAPE '!'")
                    .append(" OR LOWER(c.CM_CONTACT_EMAIL) LIKE :p").append(n).append(" ESCAPE '!'")
                    .append(" OR LOWER(c.USER_NAME) LIKE :p").append(n).append(" ESCAPE '!'")
                    .append(" OR LOWER(c.FIRST_NAME) LIKE :p").append(n).append(" ESCAPE '!'")
                    .append(" OR LOWER(c.LAST_NAME) LIKE :p").append(n).append(" ESCAPE '!'")
                    .append(" OR LOWER(c.CM_COMPANY) LIKE :p").append(n++).append(" ESCAPE '!')");
        }
        n = contains(where, params, n, "c.EMAIL_ADDRESS", c.getEmail());
        n = contains(where, params, n, "c.USER_NAME", c.getUserName());
        if (c.getName() != null) {
            params.addValue("p" + n, LikePatterns.containing(c.getName()));
            where.append(" AND (LOWER(c.FIRST_NAME) LIKE :p").append(n).append(" ESCAPE '!' OR LOWER(c.LAST_NAME)")
                    .append(" LIKE :p").append(n++).append(" ESCAPE '!')");
        }
        contains(where, params, n, "c.CM_COMPANY", c.getCompany());
        if (c.getRegisteredFrom() != null) {
            params.addValue("from", new Timestamp(c.getRegisteredFrom().getTime()));
            where.append(" AND c.DATE_CREATED >= :from");
        }
        if (c.getRegisteredTo() != null) {
            params.addValue("to", new Timestamp(c.getRegisteredTo().getTime() + 86400000L));
            where.append(" AND c.DATE_CREATED < :to");
        }
        flag(where, params, "guest", "c.CM_IS_GUEST", c.getGuest());
        flag(where, params, "deactivated", "c.DEACTIVATED", c.getDeactivated());
        Long total = named.queryForObject("SELECT COUNT(*)" + where, params, Long.class);
        String column = c.getSort().getSqlColumn() == null ? "c.DATE_CREATED" : c.getSort().getSqlColumn();
        String order = " ORDER BY " + column + (c.isAscending() ? " ASC" : " DESC") + ", c.CUSTOMER_ID";
        JdbcTemplate page = RowLimits.limitedTo((JdbcTemplate) named.getJdbcOperations(),
                c.getStart() + c.getPageSize());
        List<CustomerHit> rows = new NamedParameterJdbcTemplate(page).query("SELECT " + COLUMNS + where + order,
                params, new RowMapper<CustomerHit>() {
                    @Override
                    public CustomerHit mapRow(ResultSet rs, int rowNum) throws SQLException {
                        boolean guest = rs.getBoolean("CM_IS_GUEST");
                        String contact = rs.getString("CM_CONTACT_EMAIL");
                        return new CustomerHit(rs.getLong("CUSTOMER_ID"), guest && contact != null ? contact
                                : rs.getString("EMAIL_ADDRESS"), rs.getString("FIRST_NAME"), rs.getString("LAST_NAME"),
                                rs.getString("CM_COMPANY"), rs.getTimestamp("DATE_CREATED"), null, null, null, null,
                                null, guest, rs.getBoolean("DEACTIVATED"));
                    }
                });
        List<CustomerHit> hits = rows.size() > c.getStart() ? rows.subList(c.getStart(), rows.size())
                : Collections.<CustomerHit>emptyList();
        return new CustomerSearchResult(new ArrayList<CustomerHit>(hits), total == null ? 0L : total, null, false,
                (System.nanoTime() - startedNanos) / 1000000L);
    }

    private static int contains(StringBuilder where, MapSqlParameterSource params, int n, String column,
            String value) {
        if (value == null) {
            return n;
        }
        params.addValue("p" + n, LikePatterns.containing(value));
        where.append(" AND LOWER(").append(column).append(") LIKE :p").append(n).append(" ESCAPE '!'");
        return n + 1;
    }

    private static void flag(StringBuilder where, MapSqlParameterSource params, String name, String column,
            YesNo value) {
        if (value == YesNo.YES) {
            params.addValue(name, Boolean.TRUE);
            where.append(" AND ").append(column).append(" = :").append(name);
        } else if (value == YesNo.NO) {
            params.addValue(name, Boolean.TRUE);
            where.append(" AND (").append(column).append(" IS NULL OR ").append(column).append(" <> :").append(name)
                    .append(')');
        }
    }
}
