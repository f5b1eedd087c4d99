package io.custmgr.test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Properties;

/**
 * Which Solr holds the customer index in this JVM, chosen by Maven: the module's embedded core (default), or - with
 * {@code -Dcustmgr.it.solr=cloud}, as the {@code solrcloud-it} Failsafe execution sets - a {@link SolrCloudServer}
 * started before the context boots and stopped when the JVM ends. Its address reaches the context through Broadleaf's
 * {@code -Dproperty-override} file, read over every properties file (plain system properties are only a fallback for
 * keys no file sets); a caller's own override file is kept in it.
 */
public final class TestSolr {

    public static final String MODE_PROPERTY = "custmgr.it.solr";
    /** where Maven puts the Solr server (module/pom.xml, property custmgr.solrcloud.dir) */
    static final String DIR_PROPERTY = "custmgr.it.solr.dir";
    static final String OVERRIDE_PROPERTY = "property-override";

    private static SolrCloudServer cloud;

    private TestSolr() {
    }

    public static boolean isCloud() {
        return "cloud".equals(System.getProperty(MODE_PROPERTY, "embedded"));
    }

    /** @return this JVM's SolrCloud; only with {@link #isCloud()}, once the context has started */
    public static synchronized SolrCloudServer cloud() {
        if (cloud == null) {
            throw new IllegalStateException("No SolrCloud in this JVM (" + MODE_PROPERTY + "=cloud starts one)");
        }
        return cloud;
    }

    static synchronized void configureSystemProperties() throws Exception {
        if (!isCloud() || cloud != null) {
            return;
        }
        File dir = new File(System.getProperty(DIR_PROPERTY, "target/solrcloud"));
        long started = System.currentTimeMillis();
        cloud = SolrCloudServer.start(dir);
        System.out.println("SolrCloud with " + SolrCloudServer.SHARDS + " shards at " + cloud.getBaseUrl() + " in "
                + (System.currentTimeMillis() - started) + " ms");
        Properties override = new Properties();
        String callers = System.getProperty(OVERRIDE_PROPERTY);
        if (callers != null && !callers.trim().isEmpty()) {
            try (InputStream in = Files.newInputStream(new File(callers.trim()).toPath())) {
                override.load(in);
            }
        }
        override.setProperty("custmgr.search.solr.mode", "cloud");
        override.setProperty("custmgr.search.solr.zkHost", cloud.getZkHost());
        override.setProperty("custmgr.search.solr.collection", SolrCloudServer.COLLECTION);
        System.setProperty(OVERRIDE_PROPERTY, write(override, new File(dir, "override-" + cloud.getZkHost()
                .replace(':', '-') + ".properties")).getAbsolutePath());
    }

    private static File write(Properties properties, File file) throws IOException {
        file.deleteOnExit();
        try (OutputStream out = Files.newOutputStream(file.toPath())) {
            properties.store(out, "written by " + TestSolr.class.getName());
        }
        return file;
    }
}
