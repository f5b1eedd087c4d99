package io.custmgr.history.service;

import io.custmgr.history.dao.PageViewDaoImpl;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PageViewRecorderImplTest {

    @Test
    void eventsBeyondTheQueueCapacityAreDroppedAndCounted() throws Exception {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        PageViewBatchWriter blocked = new PageViewBatchWriter(null, null, 30, 10) {
            @Override
            public void write(List<PageViewEvent> events) {
                writing.countDown();
                await(release);
            }
        };
        PageViewRecorderImpl recorder = new PageViewRecorderImpl(blocked, 2, 1, 10);
        recorder.start();

        assertTrue(recorder.record(event()));
        assertTrue(writing.await(5, TimeUnit.SECONDS), "the writer took the first event");
        assertTrue(recorder.record(event()));
        assertTrue(recorder.record(event()));
        assertFalse(recorder.record(event()), "queue of 2 is full");
        assertFalse(recorder.record(event()));
        release.countDown();
        assertTrue(recorder.flush(5000));
        recorder.destroy();

        assertEquals(2, recorder.getDroppedCount());
        assertEquals(3, recorder.getRecordedCount());
    }

    @Test
    void aBatchThatFailsIsDroppedAndTheWriterCarriesOn() throws Exception {
        DataSource down = mock(DataSource.class);
        when(down.getConnection()).thenThrow(new SQLException("database down"));
        PageViewBatchWriter writer = new PageViewBatchWriter(new PageViewDaoImpl(down),
                new DataSourceTransactionManager(down), 30, 10);
        PageViewRecorderImpl recorder = new PageViewRecorderImpl(writer, 100, 10, 10);
        recorder.start();

        for (int i = 0; i < 3; i++) {
            assertTrue(recorder.record(event()));
        }
        assertTrue(recorder.flush(5000));
        assertTrue(recorder.record(event()), "still accepting after a failure");
        assertTrue(recorder.flush(5000));
        recorder.destroy();

        assertEquals(4, recorder.getDroppedCount());
        assertEquals(0, recorder.getRecordedCount());
    }

    @Test
    void invalidEventsAreIgnoredWithoutThrowing() {
        PageViewRecorderImpl recorder = new PageViewRecorderImpl(null, 1, 1, 1);
        recorder.start();

        assertFalse(recorder.record(null));
        assertFalse(recorder.record(new PageViewEvent()));
        assertEquals(0, recorder.getDroppedCount());
    }

    private static PageViewEvent event() {
        PageViewEvent event = new PageViewEvent();
        event.setCustomerId(1L);
        event.setViewTime(new Date());
        return event;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
