package io.custmgr.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The database of a benchmark (bin/bench-*): PostgreSQL database {@code custmgr_bench} on 127.0.0.1:5432, dropped and
 * recreated, when it answers, else in-memory HSQLDB; set through the harness's system properties (see
 * {@link TestDatabase}) before the Broadleaf context starts. Settings: {@code custmgr.bench.db} postgres | hsqldb |
 * auto, {@code custmgr.bench.pg.server} / {@code .pg.database} / {@code .pg.user}, {@code custmgr.bench.seeded} true
 * to use the PostgreSQL database as an earlier run left it (not recreated); password in the environment variable
 * CUSTMGR_BENCH_PG_PASSWORD.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    /** @return "postgres" or "hsqldb" */
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
                recreate(server, name, user, password);
            }
            System.setProperty("custmgr.it.db", "postgres");
            System.setProperty("custmgr.it.jdbc.url", server + name + "?reWriteBatchedInserts=true");
            System.setProperty("custmgr.it.jdbc.user", user);
            System.setProperty("custmgr.it.jdbc.password", password);
        } else if ("hsqldb".equals(db)) {
            System.setProperty("custmgr.it.db", "hsqldb");
            System.setProperty("custmgr.it.jdbc.url", "jdbc:hsqldb:mem:custmgr_bench");
        } else {
            throw new IllegalArgumentException("custmgr.bench.db must be postgres, hsqldb or auto: " + db);
        }
        return db;
    }

    /** @return whether the run uses the database an earlier run seeded (property {@code custmgr.bench.seeded}) */
    public static boolean seeded() {
        return Boolean.getBoolean("custmgr.bench.seeded");
    }

    /** Fresh planner statistics after bulk seeding, as autovacuum would have them on a live PostgreSQL database. */
    public static void analyze(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            Statement statement = connection.createStatement();
            statement.execute("VACUUM ANALYZE");
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

    private static void recreate(String server, String name, String user, String password) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*") || name.equals("custmgr_it") || name.equals("postgres")) {
            throw new IllegalArgumentException("Refusing to recreate database '" + name + "'");
        }
        Connection connection = DriverManager.getConnection(server + "postgres", user, password);
        try {
            Statement statement = connection.createStatement();
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
            statement.close();
        } finally {
            connection.close();
        }
    }
}
