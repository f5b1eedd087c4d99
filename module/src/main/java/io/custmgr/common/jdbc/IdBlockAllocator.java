package io.custmgr.common.jdbc;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out blocks of ids from one segment of Broadleaf's {@code SEQUENCE_GENERATOR} table, for rows written with
 * plain JDBC into a table whose entity also takes ids from that segment through Hibernate's table generator. Run it
 * inside the transaction that inserts the rows: the row lock on the segment serialises concurrent writers.
 */
public class IdBlockAllocator {

    private final JdbcTemplate jdbc;
    private final String segment;
    private final int hibernateIncrement;

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
        int updated = jdbc.update("UPDATE SEQUENCE_GENERATOR SET ID_VAL = ID_VAL + ? WHERE ID_NAME = ?", step, segment);
        if (updated == 0) {
            jdbc.update("INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES (?, ?)", segment, 1L + step);
        }
        Long after = jdbc.queryForObject("SELECT ID_VAL FROM SEQUENCE_GENERATOR WHERE ID_NAME = ?", Long.class, segment);
        return after - step + hibernateIncrement;
    }
}
