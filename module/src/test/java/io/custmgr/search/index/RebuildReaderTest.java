package io.custmgr.search.index;

import io.custmgr.search.dao.CustomerDocumentDao;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RebuildReaderTest {

    private final CustomerDocumentDao documents = mock(CustomerDocumentDao.class);
    private final CustomerIndexer indexer = new CustomerIndexer(mock(SolrServer.class), documents, 1000);
    private RebuildReader reader;

    @AfterEach
    void stopReading() {
        if (reader != null) {
            reader.close();
        }
    }

    @Test
    void handsOverTheBatchesInIdOrderFromTheSavedPositionThenTheEnd() throws Exception {
        when(documents.readIdsAfter(10L, 2)).thenReturn(Arrays.asList(11L, 12L));
        when(documents.readIdsAfter(12L, 2)).thenReturn(Arrays.asList(14L));
        when(documents.readIdsAfter(14L, 2)).thenReturn(Collections.<Long>emptyList());
        when(documents.readDocuments(anyCollection())).thenAnswer(call -> docs(call.getArgument(0)));
        reader = new RebuildReader(documents, indexer, 7L, 10L, 2).start();

        IndexBatch first = reader.next();
        assertEquals(12L, first.lastId());
        assertEquals(2, first.size());
        assertEquals(7L, first.getDocuments().get(11L).getFieldValue(CustomerFields.GENERATION));
        IndexBatch second = reader.next();
        assertEquals(14L, second.lastId());
        assertEquals(Collections.emptyList(), second.goneIds());
        assertNull(reader.next(), "the end");
    }

    @Test
    void readsAtMostTwoBatchesAheadOfTheWriter() throws Exception {
        when(documents.readIdsAfter(anyLong(), anyInt())).thenAnswer(call -> Collections.singletonList(
                (Long) call.getArgument(0) + 1));
        when(documents.readDocuments(anyCollection())).thenAnswer(call -> docs(call.getArgument(0)));
        reader = new RebuildReader(documents, indexer, 1L, 0L, 1).start();

        verify(documents, after(500).times(2)).readIdsAfter(anyLong(), eq(1));
        assertEquals(1L, reader.next().lastId());
        verify(documents, after(500).times(3)).readIdsAfter(anyLong(), eq(1));
    }

    @Test
    void aReadFailureReachesTheWriter() {
        when(documents.readIdsAfter(0L, 5)).thenThrow(new IllegalStateException("database down"));
        reader = new RebuildReader(documents, indexer, 1L, 0L, 5).start();

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> reader.next());
        assertEquals("database down", failure.getCause().getMessage());
    }

    private static Map<Long, SolrInputDocument> docs(Collection<Long> ids) {
        Map<Long, SolrInputDocument> docs = new LinkedHashMap<Long, SolrInputDocument>();
        for (Long id : ids) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.setField(CustomerFields.ID, Long.toString(id));
            docs.put(id, doc);
        }
        return docs;
    }
}
