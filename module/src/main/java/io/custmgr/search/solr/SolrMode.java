package io.custmgr.search.solr;

import java.util.Locale;

/** Where the customer index lives (setting {@code custmgr.search.solr.mode}). */
public enum SolrMode {
    /** a core in this JVM (SolrJ's EmbeddedSolrServer) */
    EMBEDDED,
    /** a Solr server by URL of its customers core */
    STANDALONE,
    /** a SolrCloud collection by ZooKeeper address */
    CLOUD;

    public static SolrMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("custmgr.search.solr.mode must be embedded, standalone or cloud, not '"
                    + value + "'", e);
        }
    }
}
