package io.custmgr.common.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out blocks of ids from one segment of Broadleaf's {@code SEQUENCE_GENERATOR} table, for rows written with
 * plain JDBC into a table whose entity also takes ids from that segment through Hibernate's table generator. Run it
 * inside the transaction that inserts the rows: the row lock on the segment serialises concurrent writers.
 */
public class IdBlockAllocator {

    /** Hibernate's table generator starts a missing segment at this value too. */
    static final long FIRST_VALUE = 1L;

    private final JdbcTemplate jdbc;
    private final String segment;
    private final int hibernateIncrement;
    private volatile boolean segmentSeen;

    /** @param hibernateIncrement the entity generator's {@code increment_size} for this segment */
    public IdBlockAllocator(JdbcTemplate jdbc, String segment, int hibernateIncrement) {
        this.jdbc = jdbc;
        this.segment = segment;
        this.hibernateIncrement = hibernateIncrement;
    }

    /** @return the first of {@code count} consecutive ids no one else will use */
    public long allocate(int count) {
        // Hibernate's optimizer hands out ids within one increment of the values it reads from the table; moving the
        // value by count + 2 increments and using the middle keeps both sides a full increment apart.
        long step = count + 2L * hibernateIncrement;
        // Look before writing: on a database that locks whole tables (HSQLDB's default) the caller's UPDATE would
        // keep the segment's creator, on its own connection, waiting for the caller's commit.
        if (!segmentSeen && !segmentExists()) {
            createSegment();
        }
        if (advance(step) == 0) {
            createSegment();
            if (advance(step) == 0) {
                throw new IllegalStateException("SEQUENCE_GENERATOR has no row " + segment + " after creating it");
            }
        }
        segmentSeen = true;
        Long after = jdbc.queryForObject("SELECT ID_VAL FROM SEQUENCE_GENERATOR WHERE ID_NAME = ?", Long.class, segment);
        return after - step + hibernateIncrement;
    }

    private boolean segmentExists() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM SEQUENCE_GENERATOR WHERE ID_NAME = ?", Integer.class, segment) > 0;
    }

    private int advance(long step) {
        return jdbc.update("UPDATE SEQUENCE_GENERATOR SET ID_VAL = ID_VAL + ? WHERE ID_NAME = ?", step, segment);
    }

    /**
     * Inserts the segment's first row on a connection of its own, committed at once, as Hibernate's generator does:
     * inside the caller's transaction a writer racing another one (or Hibernate) to the first row would hit the
     * primary key and, on PostgreSQL, lose its whole transaction. Losing the race here is harmless.
     */
    private void createSegment() {
        DataSource dataSource = jdbc.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES (?, ?)")) {
                insert.setString(1, segment);
                insert.setLong(2, FIRST_VALUE);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!isIntegrityViolation(e)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not create id segment " + segment, e);
        }
    }

    private static boolean isIntegrityViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
