package io.custmgr.common.jdbc;

import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Id blocks from a segment that does not exist yet, while another writer is creating it; committed. */
@BroadleafIntegrationTest
class IdBlockAllocatorIT {

    private static final int INCREMENT = 50;

    @Resource(name = "cmTestDataSource")
    DataSource dataSource;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    private final String segment = "CmAllocatorIT" + System.nanoTime();

    @AfterEach
    void dropSegment() {
        new JdbcTemplate(dataSource).update("DELETE FROM SEQUENCE_GENERATOR WHERE ID_NAME = ?", segment);
    }

    @Test
    void aWriterThatLosesTheRaceToCreateTheSegmentKeepsItsTransaction() throws Exception {
        ExecutorService allocating = Executors.newSingleThreadExecutor();
        try (Connection rival = dataSource.getConnection()) {
            rival.setAutoCommit(false);
            try (PreparedStatement insert = rival.prepareStatement(
                    "INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES (?, 1)")) {
                insert.setString(1, segment);
                insert.executeUpdate();
            }
            Future<Long> first = allocating.submit(allocateInTransaction(10));
            assertTrue(awaitSessionWaitingFor(rival), "the allocator should wait for the rival's uncommitted row");
            assertFalse(first.isDone(), "the allocator should still be waiting while the rival's row is uncommitted");
            rival.commit();

            assertEquals(1L + INCREMENT, first.get(30, TimeUnit.SECONDS).longValue());
        } finally {
            allocating.shutdownNow();
        }
        long next = allocateInTransaction(10).call();
        assertEquals(1L + 10 + 2 * INCREMENT + INCREMENT, next);
    }

    @Test
    void aMissingSegmentIsCreatedAndBlocksDoNotOverlap() throws Exception {
        long first = allocateInTransaction(5).call();
        long second = allocateInTransaction(5).call();

        assertEquals(1L + INCREMENT, first);
        assertEquals(first + 5 + 2 * INCREMENT, second);
    }

    /**
     * Whether a statement on SEQUENCE_GENERATOR is waiting for a lock the rival's session holds, as the database's
     * own session view tells; looked at until it does (at most 30 s). Only the allocator touches that table here.
     */
    private boolean awaitSessionWaitingFor(Connection rival) throws SQLException, InterruptedException {
        String rivalSession;
        String waiting;
        if (TestDatabase.isPostgres()) {
            rivalSession = single(rival, "SELECT CAST(pg_backend_pid() AS VARCHAR)");
            waiting = "SELECT COUNT(*) FROM pg_stat_activity WHERE " + rivalSession + " = ANY(pg_blocking_pids(pid))"
                    + " AND wait_event_type = 'Lock' AND UPPER(query) LIKE '%SEQUENCE_GENERATOR%'";
        } else if (TestDatabase.isMariaDb()) {
            // InnoDB's lock-wait views miss a single-statement INSERT waiting on a duplicate key check: the session
            // list shows it, still running after half a second (the rival, idle, is the only other writer)
            rivalSession = single(rival, "SELECT CAST(CONNECTION_ID() AS CHAR)");
            waiting = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.PROCESSLIST WHERE ID <> " + rivalSession
                    + " AND ID <> CONNECTION_ID() AND COMMAND = 'Query' AND TIME_MS > 500"
                    + " AND UPPER(INFO) LIKE '%SEQUENCE_GENERATOR%'";
        } else {
            rivalSession = single(rival, "VALUES CAST(SESSION_ID() AS VARCHAR(20))");
            // WAITING_FOR_THIS: the ids of the sessions waiting for this one's locks, comma-separated
            waiting = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_SESSIONS r, INFORMATION_SCHEMA.SYSTEM_SESSIONS w"
                    + " WHERE r.SESSION_ID = " + rivalSession + " AND (',' || REPLACE(r.WAITING_FOR_THIS, ' ', '')"
                    + " || ',') LIKE ('%,' || CAST(w.SESSION_ID AS VARCHAR(20)) || ',%')"
                    + " AND UPPER(w.CURRENT_STATEMENT) LIKE '%SEQUENCE_GENERATOR%'";
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection observer = dataSource.getConnection()) {
            while (System.nanoTime() < deadline) {
                if (Integer.parseInt(single(observer, waiting)) > 0) {
                    return true;
                }
                Thread.sleep(10); // polling interval, not a verdict
            }
        }
        return false;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private Callable<Long> allocateInTransaction(final int count) {
        final IdBlockAllocator allocator = new IdBlockAllocator(new JdbcTemplate(dataSource), segment, INCREMENT);
        return new Callable<Long>() {
            public Long call() {
                return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Long>() {
                    public Long doInTransaction(TransactionStatus status) {
                        return allocator.allocate(count);
                    }
                });
            }
        };
    }
}
