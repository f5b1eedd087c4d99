package io.custmgr.search.solr;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.impl.CloudSolrServer;
import org.apache.solr.client.solrj.impl.HttpSolrServer;
import org.apache.solr.core.CoreContainer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;

import java.io.File;

/**
 * The customer index's SolrJ client (bean {@code cmCustomerSolrServer}), by setting: an embedded core in this JVM
 * (default; its own Solr home, apart from the catalog's), a standalone Solr core by URL, or a SolrCloud collection by
 * ZooKeeper address. The standalone core and the cloud collection use the module's config set
 * ({@code config/custmgr/solr/customers/conf}), installed there by the operator.
 */
public class CustomerSolrServerFactory implements FactoryBean<SolrServer>, DisposableBean {

    private static final Log LOG = LogFactory.getLog(CustomerSolrServerFactory.class);

    private final SolrMode mode;
    private final String home;
    private final String url;
    private final String zkHost;
    private final String collection;
    private SolrServer server;
    private CoreContainer cores;
    private EmbeddedSolrHome embeddedHome;

    public CustomerSolrServerFactory(String mode, String home, String url, String zkHost, String collection) {
        this.mode = SolrMode.parse(mode);
        this.home = home;
        this.url = url;
        this.zkHost = zkHost;
        this.collection = collection;
    }

    @Override
    public synchronized SolrServer getObject() throws Exception {
        if (server == null) {
            server = create();
        }
        return server;
    }

    private SolrServer create() throws Exception {
        switch (mode) {
            case STANDALONE:
                LOG.info("Customer index: standalone Solr at " + url);
                HttpSolrServer http = new HttpSolrServer(url.trim());
                http.setConnectionTimeout(5000);
                http.setSoTimeout(30000);
                return http;
            case CLOUD:
                LOG.info("Customer index: SolrCloud collection " + collection + " through ZooKeeper " + zkHost);
                CloudSolrServer cloud = new CloudSolrServer(zkHost.trim());
                cloud.setDefaultCollection(collection.trim());
                cloud.setZkConnectTimeout(15000);
                cloud.setZkClientTimeout(30000);
                return cloud;
            default:
                embeddedHome = EmbeddedSolrHome.prepare(home);
                File dir = embeddedHome.getHome();
                LOG.info("Customer index: embedded core in " + dir);
                cores = CoreContainer.createAndLoad(dir.getAbsolutePath(), new File(dir, "solr.xml"));
                return new EmbeddedSolrServer(cores, EmbeddedSolrHome.CORE);
        }
    }

    /**
     * The writer of bulk document adds for this mode: straight into the embedded core's update chain, else through the
     * SolrJ client. Creates the client first when it does not exist yet.
     */
    public synchronized DocumentWriter getDocumentWriter() throws Exception {
        SolrServer solr = getObject();
        return cores != null ? new EmbeddedDocumentWriter(cores, EmbeddedSolrHome.CORE) : new SolrJDocumentWriter(solr);
    }

    public SolrMode getMode() {
        return mode;
    }

    @Override
    public Class<?> getObjectType() {
        return SolrServer.class;
    }

    @Override
    public boolean isSingleton() {
        return true;
    }

    @Override
    public synchronized void destroy() {
        if (server != null && cores == null) {
            server.shutdown();
        }
        if (cores != null) {
            cores.shutdown();
            cores = null;
        }
        if (embeddedHome != null) {
            embeddedHome.discard();
            embeddedHome = null;
        }
        server = null;
    }
}
