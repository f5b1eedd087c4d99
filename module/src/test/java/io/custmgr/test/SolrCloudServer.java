package io.custmgr.test;

import io.custmgr.search.solr.EmbeddedSolrHome;
import org.apache.solr.client.solrj.impl.CloudSolrServer;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.cloud.ZkStateReader;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Scanner;

/**
 * A real SolrCloud for integration tests: Solr's server webapp, which Maven explodes into {@code dir} with the logging
 * jars it needs and the Jetty runner beside it (module/pom.xml, executions {@code solrcloud-*}), served at
 * {@code /solr} by a JVM of its own - Solr 4.10's Lucene stays out of this JVM, where Broadleaf's solr-core 4.4 lives.
 * One node on free ports with an embedded ZooKeeper (HTTP port + 1000), the module's config set uploaded as
 * {@value #COLLECTION}, and a collection of {@value #SHARDS} shards whose replicas are all active when
 * {@link #start(File)} returns. {@link #stop()}, or a shutdown hook, ends that JVM and deletes its Solr home; its log
 * stays in {@code dir}.
 */
public final class SolrCloudServer {

    public static final String COLLECTION = "customers";
    public static final int SHARDS = 2;
    static final int ZK_PORT_OFFSET = 1000;
    static final long START_TIMEOUT_MS = 90000L;
    static final String HOST = "127.0.0.1";

    private final int port;
    private final File home;
    private final File log;
    private final Process process;
    private final Thread shutdownHook;

    private SolrCloudServer(int port, File home, File log, Process process) {
        this.port = port;
        this.home = home;
        this.log = log;
        this.process = process;
        this.shutdownHook = new Thread(this::stopNow, "solrcloud-stop-" + port);
    }

    public static SolrCloudServer start(File dir) throws IOException, InterruptedException {
        File runner = new File(dir, "jetty-runner.jar");
        File webapp = new File(dir, "webapp");
        if (!runner.isFile() || !new File(webapp, "WEB-INF/web.xml").isFile()) {
            throw new IllegalStateException("No Solr server in " + dir.getAbsolutePath()
                    + ": Maven puts it there in phase pre-integration-test (mvn -pl module verify)");
        }
        int port = freePortPair();
        File home = new File(dir, "home-" + port);
        FileSystemUtils.deleteRecursively(home);
        File conf = new File(home, "configset");
        if (!conf.mkdirs()) {
            throw new IOException("Cannot create " + conf);
        }
        write(new File(home, "solr.xml"), "<solr>\n  <solrcloud>\n    <str name=\"host\">" + HOST + "</str>\n"
                + "    <int name=\"hostPort\">${jetty.port}</int>\n    <str name=\"hostContext\">solr</str>\n"
                + "  </solrcloud>\n</solr>\n");
        // the embedded ZooKeeper refuses to start without one
        write(new File(home, "zoo.cfg"), "tickTime=2000\ninitLimit=10\nsyncLimit=5\n");
        EmbeddedSolrHome.copyConfigSet(conf);
        File log = new File(dir, "solr-" + port + ".log");
        List<String> command = Arrays.asList(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx384m", "-Dsolr.solr.home=" + home.getAbsolutePath(), "-DzkRun",
                "-Dbootstrap_confdir=" + conf.getAbsolutePath(), "-Dcollection.configName=" + COLLECTION,
                "-Djetty.port=" + port, "-jar", runner.getAbsolutePath(), "--host", HOST, "--port",
                Integer.toString(port), "--path", "/solr", webapp.getAbsolutePath());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
        SolrCloudServer server = new SolrCloudServer(port, home, log, process);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.awaitNode();
            server.createCollection();
            server.awaitActiveShards();
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /** @return {@code http://127.0.0.1:<port>/solr} */
    public String getBaseUrl() {
        return "http://" + HOST + ":" + port + "/solr";
    }

    public String getZkHost() {
        return HOST + ":" + (port + ZK_PORT_OFFSET);
    }

    public synchronized void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook runs anyway
        }
        stopNow();
    }

    private synchronized void stopNow() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        FileSystemUtils.deleteRecursively(home);
    }

    private void awaitNode() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (true) {
            if (!process.isAlive()) {
                throw failure("Solr exited with " + process.exitValue());
            }
            try {
                get("/admin/cores?action=STATUS&wt=json");
                return;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw failure("Solr did not answer within " + START_TIMEOUT_MS + " ms");
                }
                Thread.sleep(250L);
            }
        }
    }

    private void createCollection() throws IOException {
        String answer = get("/admin/collections?action=CREATE&name=" + COLLECTION + "&numShards=" + SHARDS
                + "&replicationFactor=1&maxShardsPerNode=" + SHARDS + "&collection.configName=" + COLLECTION
                + "&wt=json");
        if (!answer.contains("\"success\"") || answer.contains("\"failure\"")) {
            throw failure("The collection was not created: " + answer);
        }
    }

    private void awaitActiveShards() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        CloudSolrServer probe = new CloudSolrServer(getZkHost());
        try {
            probe.connect();
            ZkStateReader zk = probe.getZkStateReader();
            while (activeReplicas(zk.getClusterState()) < SHARDS) {
                if (System.currentTimeMillis() > deadline) {
                    throw failure("The shards were not active within " + START_TIMEOUT_MS + " ms");
                }
                Thread.sleep(250L);
                zk.updateClusterState(true);
            }
        } catch (Exception e) {
            throw e instanceof IOException ? (IOException) e : new IOException(e);
        } finally {
            probe.shutdown();
        }
    }

    private static int activeReplicas(ClusterState state) {
        Collection<Slice> slices = state.getActiveSlices(COLLECTION);
        int active = 0;
        if (slices != null) {
            for (Slice slice : slices) {
                for (Replica replica : slice.getReplicas()) {
                    if (ZkStateReader.ACTIVE.equals(replica.getStr(ZkStateReader.STATE_PROP))
                            && state.liveNodesContain(replica.getNodeName())) {
                        active++;
                    }
                }
            }
        }
        return active;
    }

    private String get(String path) throws IOException {
        HttpURLConnection http = (HttpURLConnection) new URL(getBaseUrl() + path).openConnection();
        http.setConnectTimeout(2000);
        http.setReadTimeout(60000);
        try (InputStream in = http.getInputStream(); Scanner all = new Scanner(in, "UTF-8")) {
            return all.useDelimiter("\\A").hasNext() ? all.next() : "";
        } finally {
            http.disconnect();
        }
    }

    private IOException failure(String message) throws IOException {
        List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
        List<String> tail = lines.subList(Math.max(0, lines.size() - 40), lines.size());
        return new IOException(message + " (log: " + log + ")\n" + String.join("\n", tail));
    }

    /** A free port whose ZooKeeper port (+ 1000) is free too. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                port = socket.getLocalPort();
            }
            if (port + ZK_PORT_OFFSET <= 65535 && isFree(port + ZK_PORT_OFFSET)) {
                return port;
            }
        }
        throw new IOException("No free pair of ports for Solr and its ZooKeeper");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(File file, String text) throws IOException {
        Files.write(file.toPath(), text.getBytes(StandardCharsets.UTF_8));
    }
}
