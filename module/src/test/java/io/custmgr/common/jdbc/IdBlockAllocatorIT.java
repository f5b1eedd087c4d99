package io.custmgr.common.jdbc;

import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
            Thread.sleep(300);
            assertFalse(first.isDone(), "the allocator should wait for the rival's uncommitted row");
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
