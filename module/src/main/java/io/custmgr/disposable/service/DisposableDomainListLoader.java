package io.custmgr.disposable.service;

import io.custmgr.common.jdbc.SchemaIndexes;
import io.custmgr.disposable.domain.DisposableDomainImpl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.PostConstruct;

/**
 * At start-up: ensures the unique index on {@code CM_DISPOSABLE_DOMAIN.DOMAIN} and loads the shipped list of
 * disposable domains (one per line, {@code #} comments) through {@link DisposableDomainService#loadShipped}. Both
 * webapps run it; when both load at the same moment one of them fails on the primary key and logs it, which is
 * harmless (the other loaded the list). A failure never stops the webapp.
 */
public class DisposableDomainListLoader {

    private static final Log LOG = LogFactory.getLog(DisposableDomainListLoader.class);
    public static final String DOMAIN_INDEX = "CM_DISPOSABLE_DOMAIN_UK";

    private final DisposableDomainService domainService;
    private final JdbcTemplate jdbc;
    private final Resource list;

    public DisposableDomainListLoader(DisposableDomainService domainService, JdbcTemplate jdbc, Resource list) {
        this.domainService = domainService;
        this.jdbc = jdbc;
        this.list = list;
    }

    @PostConstruct
    public void load() {
        SchemaIndexes.ensure(jdbc, true, DOMAIN_INDEX,
                DisposableDomainImpl.TABLE, "DOMAIN");
        try {
            List<String> domains = read(list);
            int added = domainService.loadShipped(domains);
            LOG.info("Disposable e-mail domains: " + domains.size() + " in " + list.getDescription() + ", " + added
                    + " added to the list");
        } catch (IOException e) {
            LOG.warn("Disposable e-mail domains: could not read " + list.getDescription() + ": " + e);
        } catch (RuntimeException e) {
            LOG.warn("Disposable e-mail domains: the shipped list was not loaded (another webapp loading it at the "
                    + "same time fails this way; it is loaded at the next start otherwise): " + e);
        }
    }

    static List<String> read(Resource resource) throws IOException {
        List<String> domains = new ArrayList<String>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(),
                Charset.forName("UTF-8")));
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.trim();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    domains.add(entry);
                }
            }
        } finally {
            reader.close();
        }
        return domains;
    }
}
