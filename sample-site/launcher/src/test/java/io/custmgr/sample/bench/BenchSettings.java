package io.custmgr.sample.bench;

/**
 * Benchmark settings, all system properties ({@code -D}, e.g. through {@code CUSTMGR_BENCH_ARGS} of bin/bench-history).
 * Ports stay clear of bin/run (8080/9001) and the browser tests (18080/19001).
 */
final class BenchSettings {

    final int port = Integer.getInteger("custmgr.bench.port", 28080);
    final int databasePort = Integer.getInteger("custmgr.bench.db.port", 29001);
    final int warmupRequests = Integer.getInteger("custmgr.bench.warmup", 1000);
    final int blocks = Integer.getInteger("custmgr.bench.blocks", 20);
    final int blockSize = Integer.getInteger("custmgr.bench.blockSize", 150);
    final int events = Integer.getInteger("custmgr.bench.events", 200_000);
    final boolean postgres = Boolean.parseBoolean(System.getProperty("custmgr.bench.postgres", "true"));
    /**
     * Server part of the JDBC URL; the database name is appended. A {@code jdbc:mariadb://…/} server (user root) runs
     * the second throughput phase on MariaDB instead.
     */
    final String postgresServer = System.getProperty("custmgr.bench.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    final String postgresDatabase = System.getProperty("custmgr.bench.pg.database", "custmgr_bench");
    final String postgresUser = System.getProperty("custmgr.bench.pg.user", "postgres");
    /** Environment, not a system property: it must not show up in process listings. */
    final String postgresPassword = System.getenv().getOrDefault("CUSTMGR_BENCH_PG_PASSWORD", "");

    String postgresUrl() {
        // MariaDB: the driver settings the README asks for (bulk batches, metadata of this database only)
        return postgresServer + postgresDatabase
                + (isMariaDb() ? "?nullDatabaseMeansCurrent=true&useBulkStmts=true" : "");
    }

    boolean isMariaDb() {
        return postgresServer.startsWith("jdbc:mariadb:");
    }

    /** @return the second phase's database server, for the output */
    String serverName() {
        return isMariaDb() ? "MariaDB" : "PostgreSQL";
    }
}
