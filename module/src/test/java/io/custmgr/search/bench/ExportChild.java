package io.custmgr.search.bench;

import io.custmgr.search.export.bench.CustomerExportBenchmark;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The export part of the search benchmark in a JVM of its own with a 256 MB heap (the memory target): the
 * export benchmark on the database this run seeded, its Solr home the one this run built (so it starts no rebuild).
 */
final class ExportChild {

    private ExportChild() {
    }

    /** @return the child's exit status */
    static int run(File propertyOverride, boolean xlsx) throws Exception {
        List<String> command = new ArrayList<String>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-Xmx") && !arg.startsWith("-Dcustmgr.it.hostContext")
                    && !arg.startsWith("-Dcustmgr.bench.seeded") && !arg.startsWith("-Dproperty-override")
                    && !arg.startsWith("-Dcustmgr.bench.xlsx")) {
                command.add(arg);
            }
        }
        command.add("-Xmx256m");
        command.add("-Dcustmgr.bench.seeded=true");
        command.add("-Dcustmgr.bench.db=postgres");
        command.add("-Dcustmgr.bench.xlsx=" + xlsx);
        command.add("-Dproperty-override=" + propertyOverride.getAbsolutePath());
        command.add("-classpath");
        command.add(System.getProperty("java.class.path"));
        command.add(CustomerExportBenchmark.class.getName());
        Process process = new ProcessBuilder(command).inheritIO().start();
        return process.waitFor();
    }
}
