package io.custmgr.test;

/**
 * The frame of a benchmark's {@code main}: the run's own exit status (0 figures printed, 1 a count was wrong), 2 when
 * it threw. Ends the JVM itself: Broadleaf's context keeps non-daemon threads alive.
 */
public final class BenchmarkMain {

    /** A benchmark run. @return its exit status */
    public interface Run {
        int run() throws Exception;
    }

    private BenchmarkMain() {
    }

    public static void exit(Run run) {
        int status;
        try {
            status = run.run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 2;
        }
        System.out.flush();
        System.exit(status);
    }
}
