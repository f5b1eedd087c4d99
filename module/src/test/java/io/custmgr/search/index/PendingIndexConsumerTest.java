package io.custmgr.search.index;

import io.custmgr.search.dao.CustomerDocumentDao;
import io.custmgr.search.dao.IndexState;
import io.custmgr.search.dao.IndexStateDao;
import io.custmgr.search.dao.PendingIndexChangeDao;
import io.custmgr.search.dao.PendingIndexChangeDao.PendingRow;
import org.apache.solr.client.solrj.SolrServerException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The outbox loses nothing: rows are deleted only after Solr took their customers; while Solr fails they stay, and the
 * next round sends them (the customers once each, however many rows name them).
 */
class PendingIndexConsumerTest {

    final PendingIndexChangeDao pending = mock(PendingIndexChangeDao.class);
    final IndexStateDao states = mock(IndexStateDao.class);
    final CustomerIndexer indexer = mock(CustomerIndexer.class);
    final PendingIndexConsumer consumer = new PendingIndexConsumer(pending, states, mock(CustomerDocumentDao.class),
            indexer, mock(IndexRebuildJob.class), 10L, 100);

    @Test
    void rowsStayWhileSolrFailsAndGoOnceItTakesThem() throws Exception {
        IndexState state = new IndexState();
        state.setGeneration(4L);
        when(states.read()).thenReturn(state);
        when(pending.readOldest(anyInt())).thenReturn(Arrays.asList(new PendingRow(11L, 7L), new PendingRow(12L, 8L),
                new PendingRow(13L, 7L)));
        doThrow(new SolrServerException("Server refused connection")).when(indexer).index(anyCollection(), anyLong());

        assertThrows(SolrServerException.class, consumer::drainOnce);
        verify(pending, never()).delete(any());

        reset(indexer);
        assertEquals(3, consumer.drainOnce());
        verify(indexer).index(new LinkedHashSet<Long>(Arrays.asList(7L, 8L)), 4L);
        verify(pending).delete(Arrays.<Long>asList(11L, 12L, 13L));
    }
}
