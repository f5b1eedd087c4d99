package io.custmgr.sample.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Runs the PostgreSQL throughput phase in a child JVM with this JVM's options and class path. Passes on the child's
 * benchmark lines; its site log is shown only when the child fails (last lines).
 */
final class PostgresChild {

    private static final int TAIL_LINES = 80;

    private final BenchSettings settings;

    PostgresChild(BenchSettings settings) {
        this.settings = settings;
    }

    /** @return null when the child gave no result */
    ThroughputResult run() throws Exception {
        Process child = new ProcessBuilder(command()).redirectErrorStream(true).start();
        ThroughputResult result = null;
        Deque<String> tail = new ArrayDeque<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                ThroughputResult parsed = ThroughputResult.fromLine(line);
                if (parsed != null) {
                    result = parsed;
                } else if (line.startsWith(HistoryBenchmark.OUT)) {
                    System.out.println(line);
                } else {
                    tail.addLast(line);
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0 || result == null) {
            HistoryBenchmark.say("PostgreSQL child failed (exit %d); its last output:", exit);
            tail.forEach(line -> System.out.println("  pg> " + line));
        }
        return result;
    }

    private List<String> command() {
        return ChildJvm.command(HistoryBenchmark.class, List.of("-D" + HistoryBenchmark.ROLE_PROPERTY + "=postgres"));
    }
}
