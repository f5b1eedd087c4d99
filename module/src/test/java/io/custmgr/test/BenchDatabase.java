package io.custmgr.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The database of a benchmark (bin/bench-*): PostgreSQL database {@code custmgr_bench} on 127.0.0.1:5432, dropped and
 * recreated, when it answers, else in-memory HSQLDB; or, when asked, MariaDB database {@code custmgr_bench} on
 * 127.0.0.1:3306 (user root), dropped and recreated. Set through the harness's system properties (see
 * {@link TestDatabase}) before the Broadleaf context starts. Settings: {@code custmgr.bench.db} postgres | mariadb |
 * hsqldb | auto, {@code custmgr.bench.pg.server} / {@code .pg.database} / {@code .pg.user} (for MariaDB
 * {@code custmgr.bench.mariadb.server} / {@code .mariadb.user}, the database name from {@code .pg.database}),
 * {@code custmgr.bench.seeded} true to use the database as an earlier run left it (not recreated); password in the
 * environment variable CUSTMGR_BENCH_PG_PASSWORD.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    /** @return "postgres", "mariadb" or "hsqldb" */
    public static String choose() throws SQLException {
        String server = System.getProperty("custmgr.bench.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
        String name = System.getProperty("custmgr.bench.pg.database", "custmgr_bench");
        String user = System.getProperty("custmgr.bench.pg.user", "postgres");
        String password = System.getenv("CUSTMGR_BENCH_PG_PASSWORD") == null ? ""
                : System.getenv("CUSTMGR_BENCH_PG_PASSWORD");
        String db = System.getProperty("custmgr.bench.db", "auto");
        if ("auto".equals(db)) {
            db = reachable(server, user, password) ? "postgres" : "hsqldb";
        }
        System.setProperty("runtime.environment", System.getProperty("runtime.environment", "development"));
        if ("postgres".equals(db)) {
            if (!seeded()) {
                recreate(server, "postgres", name, user, password, "");
            }
            System.setProperty("custmgr.it.db", "postgres");
            System.setProperty("custmgr.it.jdbc.url", server + name + "?reWriteBatchedInserts=true");
            System.setProperty("custmgr.it.jdbc.user", user);
            System.setProperty("custmgr.it.jdbc.password", password);
        } else if ("mariadb".equals(db)) {
            String mariaServer = System.getProperty("custmgr.bench.mariadb.server", "jdbc:mariadb://127.0.0.1:3306/");
            String mariaUser = System.getProperty("custmgr.bench.mariadb.user", "root");
            if (!seeded()) {
                recreate(mariaServer, "", name, mariaUser, password, " CHARACTER SET utf8mb4");
            }
            System.setProperty("custmgr.it.db", "mariadb");
            System.setProperty("custmgr.it.jdbc.url", TestDatabase.withMariaDbSettings(mariaServer + name));
            System.setProperty("custmgr.it.jdbc.user", mariaUser);
            System.setProperty("custmgr.it.jdbc.password", password);
        } else if ("hsqldb".equals(db)) {
            System.setProperty("custmgr.it.db", "hsqldb");
            System.setProperty("custmgr.it.jdbc.url", "jdbc:hsqldb:mem:custmgr_bench");
        } else {
            throw new IllegalArgumentException("custmgr.bench.db must be postgres, mariadb, hsqldb or auto: " + db);
        }
        return db;
    }

    /** @return whether the run uses the database an earlier run seeded (property {@code custmgr.bench.seeded}) */
    public static boolean seeded() {
        return Boolean.getBoolean("custmgr.bench.seeded");
    }

    /**
     * Fresh planner statistics after bulk seeding, as autovacuum (PostgreSQL) or InnoDB's automatic recalculation
     * (MariaDB) would have them on a live database.
     */
    public static void analyze(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            Statement statement = connection.createStatement();
            if ("PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                statement.execute("VACUUM ANALYZE");
            } else {
                List<String> tables = new ArrayList<String>();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'");
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
                rows.close();
                for (String table : tables) {
                    statement.execute("ANALYZE TABLE " + table);
                }
            }
            statement.close();
        } finally {
            connection.close();
        }
    }

    private static boolean reachable(String server, String user, String password) {
        try {
            DriverManager.getConnection(server + "postgres", user, password).close();
            return true;
        } catch (SQLException e) {
            System.out.println("PostgreSQL not reachable (" + e.getMessage() + "), using HSQLDB");
            return false;
        }
    }

    private static void recreate(String server, String adminDatabase, String name, String user, String password,
            String options) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*") || name.equals("custmgr_it") || name.equals("postgres")
                || name.equals("mysql")) {
            throw new IllegalArgumentException("Refusing to recreate database '" + name + "'");
        }
        Connection connection = DriverManager.getConnection(server + adminDatabase, user, password);
        try {
            Statement statement = connection.createStatement();
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + options);
            statement.close();
        } finally {
            connection.close();
        }
    }
}
