package io.custmgr.sample.browser;

import io.custmgr.sample.bench.PostgresDatabase;
import io.custmgr.sample.launcher.SampleSiteServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;

/**
 * Starts one {@link SampleSiteServer} per test JVM, in process, on ports {@code custmgr.sample.port} (18080) and
 * {@code custmgr.sample.db.port} (19001), and stops it when the whole run ends. With {@code -Dcustmgr.sample.baseUrl=...}
 * it uses a site that is already running there instead. With {@code -Dcustmgr.sample.jdbc.url=...} the site runs on
 * that database; {@code -Dcustmgr.browser.recreateDatabase=true} drops and creates it first (PostgreSQL or MariaDB), so
 * the site builds its schema and demo data afresh. A start that failed is remembered: every later test class fails at
 * once with the original cause rather than trying (and waiting) again.
 *
 * <p>Resolves {@link SampleSite} parameters.
 */
public final class SampleSiteExtension implements BeforeAllCallback, ParameterResolver {

    public static final String BASE_URL_PROPERTY = "custmgr.sample.baseUrl";
    public static final String PORT_PROPERTY = "custmgr.sample.port";
    public static final String DB_PORT_PROPERTY = "custmgr.sample.db.port";
    public static final String RECREATE_DATABASE_PROPERTY = "custmgr.browser.recreateDatabase";

    private static final Namespace NAMESPACE = Namespace.create(SampleSiteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        site(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SampleSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return site(context);
    }

    /** @return the running site, starting it on first use in this JVM */
    public static SampleSite site(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningSite.class, key -> RunningSite.start(), RunningSite.class)
                .site();
    }

    /**
     * The outcome of the one start attempt in this JVM; closed by JUnit when the root context ends. JUnit 5.13+
     * closes it as an {@link AutoCloseable} (exactly once); {@code CloseableResource} keeps it closed where
     * closing stored AutoCloseables is switched off.
     */
    @SuppressWarnings("deprecation")
    static final class RunningSite implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final SampleSite site;
        private final SampleSiteServer server;
        private final Throwable failure;

        private RunningSite(SampleSite site, SampleSiteServer server, Throwable failure) {
            this.site = site;
            this.server = server;
            this.failure = failure;
        }

        static RunningSite start() {
            String baseUrl = System.getProperty(BASE_URL_PROPERTY);
            if (baseUrl != null && !baseUrl.isBlank()) {
                return useRunningSite(SampleSite.at(baseUrl.trim()));
            }
            int port = Integer.getInteger(PORT_PROPERTY, 18080);
            int databasePort = Integer.getInteger(DB_PORT_PROPERTY, 19001);
            long started = System.nanoTime();
            if (Boolean.getBoolean(RECREATE_DATABASE_PROPERTY)) {
                String url = System.getProperty("custmgr.sample.jdbc.url", "");
                try {
                    PostgresDatabase.recreate(url, System.getProperty("custmgr.sample.jdbc.user", ""),
                            System.getProperty("custmgr.sample.jdbc.password", ""));
                } catch (Exception e) {
                    return new RunningSite(null, null, new IllegalStateException("The database " + url
                            + " could not be dropped and created (" + RECREATE_DATABASE_PROPERTY
                            + "; is its server running?): " + e, e));
                }
                System.out.println("[browser tests] database recreated: " + url);
            }
            SampleSiteServer server = new SampleSiteServer(port, databasePort);
            try {
                server.start();
            } catch (Throwable e) {
                server.close();
                return new RunningSite(null, null, new IllegalStateException("The sample site did not start on port "
                        + port + " (database port " + databasePort + "): " + e, e));
            }
            SampleSite site = new SampleSite(server.storefrontUrl(), server.adminUrl());
            System.out.println("[browser tests] sample site started in "
                    + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s: " + site);
            return new RunningSite(site, server, null);
        }

        private static RunningSite useRunningSite(SampleSite site) {
            // The admin login page needs no data: if it does not answer, nothing else will.
            String probe = site.admin("login");
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(probe).openConnection();
                connection.setConnectTimeout(5000);
                connection.setReadTimeout(30000);
                int status = connection.getResponseCode();
                connection.disconnect();
                if (status != 200) {
                    return new RunningSite(null, null, new IllegalStateException(
                            "The sample site at " + probe + " answered HTTP " + status));
                }
            } catch (IOException e) {
                return new RunningSite(null, null, new IllegalStateException(
                        "No sample site answers at " + probe + " (" + BASE_URL_PROPERTY + "): " + e, e));
            }
            System.out.println("[browser tests] using the running sample site: " + site);
            return new RunningSite(site, null, null);
        }

        SampleSite site() {
            if (failure != null) {
                throw new IllegalStateException("The sample site is not available (its start failed earlier in this "
                        + "test run): " + failure.getMessage(), failure);
            }
            return site;
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
