package io.custmgr.sample.browser;

import io.custmgr.sample.bench.ChildJvm;
import io.custmgr.sample.launcher.SampleSiteServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second storefront node in a JVM of its own (the launcher with {@code -Dcustmgr.sample.secondNode=true}, as
 * {@code bin/run --second-node} starts it), on the database of the site the tests run against: this JVM's options and
 * class path, its {@code custmgr.sample.set.*} settings, then the node's port, name and the first node's database.
 * Its output goes to {@code target/second-node-<port>.log}.
 */
final class SecondStorefrontNode implements AutoCloseable {

    static final String NODE_NAME = "sample-node-2";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String READY = "Second storefront node ready";

    private final Process process;
    private final Path log;
    private final SampleSite site;

    private SecondStorefrontNode(Process process, Path log, SampleSite site) {
        this.process = process;
        this.log = log;
        this.site = site;
    }

    /** Starts the node on {@code port} and waits until it answers. */
    static SecondStorefrontNode start(int port) throws IOException, InterruptedException {
        Path log = Path.of("target", "second-node-" + port + ".log");
        Process process = new ProcessBuilder(command(port)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        SecondStorefrontNode node = new SecondStorefrontNode(process, log, SampleSite.at("http://localhost:" + port));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(READY)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                node.close();
                throw new IllegalStateException("The second storefront node did not start; see " + log.toAbsolutePath());
            }
            Thread.sleep(500);
        }
        return node;
    }

    SampleSite site() {
        return site;
    }

    /** Stops the node the way Ctrl-C does (its shutdown hook stops Jetty and the webapp's schedulers). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static List<String> command(int port) {
        List<String> options = new ArrayList<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(SampleSiteServer.SETTING_PREFIX) || name.startsWith("custmgr.sample.jdbc.")) {
                options.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        options.add("-D" + SampleSiteServer.SETTING_PREFIX + "custmgr.jobs.nodeName=" + NODE_NAME);
        options.add("-Dcustmgr.sample.secondNode=true");
        options.add("-D" + SampleSiteExtension.PORT_PROPERTY + "=" + port);
        options.add("-D" + SampleSiteExtension.DB_PORT_PROPERTY + "="
                + Integer.getInteger(SampleSiteExtension.DB_PORT_PROPERTY, 19001));
        return ChildJvm.command(SampleSiteServer.class, options);
    }
}
