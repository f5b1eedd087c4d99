package io.custmgr.sample.seed;

import org.broadleafcommerce.core.search.service.DatabaseSearchServiceImpl;
import org.broadleafcommerce.core.search.service.solr.SolrSearchServiceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.StaticApplicationContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class DemoDataStartupListenerTest {

    @Mock
    DemoDataSeeder seeder;

    private StaticApplicationContext rootContext;
    private DemoDataStartupListener listener;

    @BeforeEach
    void setUp() {
        rootContext = new StaticApplicationContext();
        listener = new DemoDataStartupListener();
        listener.setSeeder(seeder);
        listener.setApplicationContext(rootContext);
    }

    @Test
    void seedsTwoHundredCustomersByDefaultOnceWhenItsOwnContextIsRefreshed() {
        when(seeder.seed(anyInt())).thenReturn(DemoDataReport.alreadySeeded());

        listener.onApplicationEvent(new ContextRefreshedEvent(rootContext));
        listener.onApplicationEvent(new ContextRefreshedEvent(rootContext));

        verify(seeder, times(1)).seed(200);
    }

    @Test
    void ignoresTheRefreshOfAChildContext() {
        StaticApplicationContext servletContext = new StaticApplicationContext(rootContext);

        listener.onApplicationEvent(new ContextRefreshedEvent(servletContext));

        verify(seeder, never()).seed(anyInt());
    }

    @Test
    void usesTheConfiguredSizeAndSeedsNothingForZero() {
        DemoDataStartupListener sized = new DemoDataStartupListener(35);
        assertEquals(35, sized.getCustomers());

        listener.setCustomers(0);
        listener.onApplicationEvent(new ContextRefreshedEvent(rootContext));

        verify(seeder, never()).seed(anyInt());
        assertThrows(IllegalArgumentException.class, () -> listener.setCustomers(-1));
    }

    @Test
    void aSeedingFailureDoesNotStopStartupAndTheIndexIsStillRebuilt() throws Exception {
        SolrSearchServiceImpl solr = mock(SolrSearchServiceImpl.class);
        rootContext.getBeanFactory().registerSingleton(DemoDataStartupListener.SEARCH_SERVICE_BEAN, solr);
        when(seeder.seed(anyInt())).thenThrow(new IllegalStateException("database is down"));

        listener.onApplicationEvent(new ContextRefreshedEvent(rootContext));

        verify(solr).rebuildIndex();
    }

    @Test
    void rebuildsOnlyASolrBackedIndex() throws Exception {
        DatabaseSearchServiceImpl database = mock(DatabaseSearchServiceImpl.class);
        rootContext.getBeanFactory().registerSingleton(DemoDataStartupListener.SEARCH_SERVICE_BEAN, database);
        when(seeder.seed(anyInt())).thenReturn(DemoDataReport.alreadySeeded());

        listener.onApplicationEvent(new ContextRefreshedEvent(rootContext));

        verify(database, never()).rebuildIndex();
    }
}
