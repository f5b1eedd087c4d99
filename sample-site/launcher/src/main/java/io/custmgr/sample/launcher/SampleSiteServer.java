package io.custmgr.sample.launcher;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.plus.webapp.EnvConfiguration;
import org.eclipse.jetty.plus.webapp.PlusConfiguration;
import org.eclipse.jetty.webapp.Configuration;
import org.eclipse.jetty.webapp.FragmentConfiguration;
import org.eclipse.jetty.webapp.WebAppContext;
import org.hsqldb.server.ServerConstants;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.Properties;

/**
 * Runs the sample site as one process: an in-memory HSQLDB server that both webapps reach over loopback, then the
 * storefront at {@code /} (it creates the schema and seeds the demo data) and only then the admin at {@code /admin}.
 *
 * <p>Settings (system properties): {@code custmgr.sample.port} (8080), {@code custmgr.sample.db.port} (9001),
 * {@code custmgr.sample.site.webapp} and {@code custmgr.sample.admin.webapp} (exploded webapp folders).
 * An external database instead of the embedded HSQLDB server: {@code custmgr.sample.jdbc.url} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/shop}), {@code custmgr.sample.jdbc.user}, {@code custmgr.sample.jdbc.password},
 * optionally {@code custmgr.sample.jdbc.driver} and {@code custmgr.sample.hibernate.dialect} (both guessed for
 * PostgreSQL and HSQLDB URLs); the database must exist, the storefront creates the schema.
 * {@code custmgr.sample.secondNode=true} starts only a storefront that joins a running sample site's database (see
 * {@link SecondNode}). Any webapp setting: {@code -Dcustmgr.sample.set.<setting>=<value>}, e.g.
 * {@code -Dcustmgr.sample.set.custmgr.jobs.nodeName=storefront-2}.
 */
public final class SampleSiteServer implements AutoCloseable {

    /** System properties with this prefix become webapp settings (property-override entries) without it. */
    public static final String SETTING_PREFIX = "custmgr.sample.set.";

    private final int port;
    private final int databasePort;
    private org.hsqldb.server.Server database;
    private Server jetty;
    private WebAppContext storefront;
    private Path ownSolrHome;

    public SampleSiteServer(int port, int databasePort) {
        this.port = port;
        this.databasePort = databasePort;
    }

    public static void main(String[] args) throws Exception {
        SampleSiteServer server = new SampleSiteServer(Integer.getInteger("custmgr.sample.port", 8080),
                Integer.getInteger("custmgr.sample.db.port", 9001));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            server.start();
        } catch (Exception e) {
            // The HSQLDB listener thread would keep a failed launcher alive.
            e.printStackTrace();
            server.close();
            System.exit(1);
        }
        System.out.println(SecondNode.requested() ? "Second storefront node ready: " + server.storefrontUrl()
                : "Sample site ready: storefront " + server.storefrontUrl() + " , admin " + server.adminUrl()
                        + " (admin / admin)");
        server.jetty.join();
    }

    public void start() throws Exception {
        boolean secondNode = SecondNode.requested();
        ExternalDatabase external = ExternalDatabase.fromSystemProperties();
        if (secondNode) {
            pointWebappsAt(SecondNode.withNodeSettings(external != null ? external.overrides()
                    : SecondNode.embeddedDatabase(databasePort)));
        } else if (external != null) {
            pointWebappsAt(external.overrides());
        } else {
            startDatabase();
        }
        useOwnSolrHome();
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        Configuration.ClassList.setServerDefault(jetty).addAfter(FragmentConfiguration.class.getName(),
                EnvConfiguration.class.getName(), PlusConfiguration.class.getName());
        ContextHandlerCollection contexts = new ContextHandlerCollection();
        // Children start in the order added: the storefront builds the schema the admin then uses.
        storefront = webapp("/", webappFolder("custmgr.sample.site.webapp", "site"));
        contexts.addHandler(storefront);
        if (!secondNode) {
            contexts.addHandler(webapp("/admin", webappFolder("custmgr.sample.admin.webapp", "admin")));
        }
        jetty.setHandler(contexts);
        jetty.setStopAtShutdown(false);
        jetty.start();
    }

    public String storefrontUrl() {
        return "http://localhost:" + port + "/";
    }

    public String adminUrl() {
        return "http://localhost:" + port + "/admin/";
    }

    /**
     * A bean of the storefront's Spring root context, for tools such as the benchmark. The webapp has its own class
     * loader: callers should use the object reflectively, not cast it to a class of theirs.
     */
    public Object storefrontBean(String name) throws ReflectiveOperationException {
        Object context = storefront == null ? null : storefront.getServletContext()
                .getAttribute("org.springframework.web.context.WebApplicationContext.ROOT");
        if (context == null) {
            throw new IllegalStateException("The storefront is not running");
        }
        return context.getClass().getMethod("getBean", String.class).invoke(context, name);
    }

    @Override
    public void close() {
        try {
            if (jetty != null) {
                jetty.stop();
            }
        } catch (Exception e) {
            System.err.println("Jetty did not stop cleanly: " + e);
        } finally {
            if (database != null && database.getState() != ServerConstants.SERVER_STATE_SHUTDOWN) {
                database.shutdown();
            }
            deleteOwnSolrHome();
        }
    }

    /**
     * MVCC, as the databases a store runs on lock rows: HSQLDB's default locks whole tables, so a transaction moving
     * page views while Hibernate's id generator (its own connection) waits on the sequence table that a page view
     * writer holds while it waits on the page views would hang both.
     */
    private static void useRowLevelLocks(String url) throws IOException {
        try (Connection connection = new org.hsqldb.jdbc.JDBCDriver().connect(url, credentials());
                Statement statement = connection.createStatement()) {
            statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
        } catch (SQLException e) {
            throw new IOException("HSQLDB refused MVCC: " + e.getMessage(), e);
        }
    }

    private static Properties credentials() {
        Properties login = new Properties();
        login.setProperty("user", "SA");
        login.setProperty("password", "");
        return login;
    }

    private void startDatabase() throws IOException {
        database = new org.hsqldb.server.Server();
        database.setAddress("127.0.0.1");
        database.setPort(databasePort);
        database.setDatabaseName(0, "custmgr");
        database.setDatabasePath(0, "mem:custmgr");
        database.setSilent(true);
        database.setTrace(false);
        database.setNoSystemExit(true);
        database.setLogWriter(null);
        database.start();
        if (database.getState() != ServerConstants.SERVER_STATE_ONLINE) {
            throw new IllegalStateException("HSQLDB did not start on port " + databasePort + ": "
                    + database.getServerError());
        }
        String url = "jdbc:hsqldb:hsql://127.0.0.1:" + databasePort + "/custmgr";
        useRowLevelLocks(url);
        Properties properties = new Properties();
        properties.setProperty("custmgr.sample.jdbc.url", url);
        pointWebappsAt(properties);
    }

    /**
     * Broadleaf reads -Dproperty-override last, over every properties file; a caller's own override wins. Adds the
     * {@code custmgr.sample.set.*} settings.
     */
    private static void pointWebappsAt(Properties properties) throws IOException {
        if (System.getProperty("property-override") != null) {
            return;
        }
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(SETTING_PREFIX) && name.length() > SETTING_PREFIX.length()) {
                properties.setProperty(name.substring(SETTING_PREFIX.length()), System.getProperty(name));
            }
        }
        File override = File.createTempFile("custmgr-sample", ".properties");
        override.deleteOnExit(); // may hold a database password
        try (Writer writer = Files.newBufferedWriter(override.toPath(), StandardCharsets.UTF_8)) {
            properties.store(writer, "written by SampleSiteServer");
        }
        System.setProperty("property-override", override.getAbsolutePath());
    }

    /** Broadleaf's embedded Solr defaults to one folder per OS user; two launchers at once would share it. */
    private void useOwnSolrHome() throws IOException {
        if (System.getProperty("tmpdir.solrhome") == null) {
            ownSolrHome = Files.createTempDirectory("custmgr-solrhome");
            System.setProperty("tmpdir.solrhome", ownSolrHome.toString());
        }
    }

    /** The Solr home is a folder tree Solr fills; deleteOnExit cannot remove it. */
    private void deleteOwnSolrHome() {
        if (ownSolrHome == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(ownSolrHome)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("Could not delete " + ownSolrHome + ": " + e);
        }
        ownSolrHome = null;
    }

    private static WebAppContext webapp(String contextPath, File folder) {
        WebAppContext webapp = new WebAppContext(folder.getAbsolutePath(), contextPath);
        // A webapp that fails to start must stop the launcher, not leave a half-working site.
        webapp.setThrowUnavailableOnStartupException(true);
        webapp.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        // web.xml's error pages still apply; only Jetty's fallback page (stack traces by default) is replaced.
        webapp.setErrorHandler(new QuietErrorHandler());
        return webapp;
    }

    private static File webappFolder(String property, String name) {
        String configured = System.getProperty(property);
        File folder = configured != null ? new File(configured) : new File("sample-site/" + name + "/target/" + name);
        if (!new File(folder, "WEB-INF/web.xml").isFile()) {
            throw new IllegalStateException("No built webapp at " + folder.getAbsolutePath()
                    + ": build it first (mvn install -DskipTests)");
        }
        return folder;
    }
}
