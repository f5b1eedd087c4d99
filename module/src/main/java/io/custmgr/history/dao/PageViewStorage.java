package io.custmgr.history.dao;

import io.custmgr.common.jdbc.PostgresCheck;
import io.custmgr.history.domain.PageViewImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * On PostgreSQL, leaves room in each page of {@code CM_PAGE_VIEW} for the one update nearly every page view gets (its
 * time on page, set when the shopper's next view is written, usually by a later batch or another node): with the
 * table's fill factor at {@code custmgr.history.postgres.fillfactor} (50) that update stays on the row's page and,
 * touching no indexed column, writes no index entry (a HOT update) — at 100, every one of them wrote a new entry in each
 * of the table's three indexes. Set at start-up when the table has no fill factor of its own (the Liquibase changelog
 * sets the same; a DBA's own setting is kept); 0 leaves the table alone. Applies to pages written from then on.
 * Nothing on other databases. A failure is logged, not fatal.
 */
@Component("cmPageViewStorage")
public class PageViewStorage {

    private static final Log LOG = LogFactory.getLog(PageViewStorage.class);

    @Resource(name = "cmJdbcTemplate")
    protected JdbcTemplate jdbc;

    @Value("${custmgr.history.postgres.fillfactor:50}")
    protected int fillFactor;

    @PostConstruct
    public void ensureFillFactor() {
        if (fillFactor <= 0) {
            return;
        }
        if (fillFactor < 10 || fillFactor > 100) {
            throw new IllegalArgumentException("custmgr.history.postgres.fillfactor must be 0 or 10 to 100, not "
                    + fillFactor);
        }
        try {
            if (!new PostgresCheck().isPostgres(jdbc)) {
                return;
            }
            List<String> options = jdbc.queryForList("SELECT array_to_string(c.reloptions, ',') FROM pg_class c"
                    + " WHERE c.relname = ? AND c.relkind = 'r' AND pg_table_is_visible(c.oid)", String.class,
                    PageViewImpl.TABLE.toLowerCase(java.util.Locale.ROOT));
            if (options.isEmpty() || options.get(0) != null && options.get(0).contains("fillfactor=")) {
                return;
            }
            jdbc.execute("ALTER TABLE " + PageViewImpl.TABLE + " SET (fillfactor = " + fillFactor + ")");
            LOG.info("Set the fill factor of " + PageViewImpl.TABLE + " to " + fillFactor);
        } catch (RuntimeException e) {
            LOG.warn("Could not set the fill factor of " + PageViewImpl.TABLE + ": " + e);
        }
    }
}
