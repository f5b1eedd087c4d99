package io.custmgr.sample.seed;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.search.service.SearchService;
import org.broadleafcommerce.core.search.service.solr.SolrSearchServiceImpl;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;

import javax.annotation.Resource;

/**
 * Storefront startup: seeds the demo data through {@code cmSampleDemoDataSeeder} ({@link #setCustomers customers}
 * customers, default 200, 0 turns seeding off), then rebuilds Broadleaf's Solr product index when
 * {@code blSearchService} is Solr-backed, so search works at once rather than after the scheduled reindex. Failures
 * are logged as errors and the webapp starts anyway.
 */
public class DemoDataStartupListener extends RootContextSeedingListener {

    private static final Log LOG = LogFactory.getLog(DemoDataStartupListener.class);
    static final String SEARCH_SERVICE_BEAN = "blSearchService";

    @Resource(name = "cmSampleDemoDataSeeder")
    private DemoDataSeeder seeder;

    private int customers = 200;

    public DemoDataStartupListener() {
    }

    public DemoDataStartupListener(int customers) {
        setCustomers(customers);
    }

    /** @param customers how many demo customers to seed into an empty database; 0 seeds nothing */
    public void setCustomers(int customers) {
        if (customers < 0) {
            throw new IllegalArgumentException("customers must not be negative, was " + customers);
        }
        this.customers = customers;
    }

    public int getCustomers() {
        return customers;
    }

    public void setSeeder(DemoDataSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    protected void onStartup() {
        seedDemoData();
        rebuildSearchIndex();
    }

    private void seedDemoData() {
        if (customers == 0) {
            LOG.info("Demo data seeding is off (0 customers requested)");
            return;
        }
        try {
            LOG.info(seeder.seed(customers));
        } catch (RuntimeException e) {
            LOG.error("Seeding the demo data failed; the storefront starts with whatever the database holds", e);
        }
    }

    /** Also after a restart: the embedded Solr index may be gone while the database still has the catalog. */
    private void rebuildSearchIndex() {
        ApplicationContext context = getApplicationContext();
        if (context == null || !context.containsBean(SEARCH_SERVICE_BEAN)) {
            return;
        }
        Object searchService = context.getBean(SEARCH_SERVICE_BEAN);
        if (!SolrSearchServiceImpl.class.isAssignableFrom(AopUtils.getTargetClass(searchService))) {
            LOG.debug("The search service is not Solr-backed; no index to rebuild");
            return;
        }
        try {
            ((SearchService) searchService).rebuildIndex();
            LOG.info("Rebuilt the Solr product index");
        } catch (Exception e) {
            LOG.error("Rebuilding the Solr product index failed; search stays empty until the scheduled reindex", e);
        }
    }
}
