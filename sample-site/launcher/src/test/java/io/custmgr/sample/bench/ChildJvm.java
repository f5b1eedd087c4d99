package io.custmgr.sample.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** The command line of a child JVM like this one: this JVM's java, options and class path, then more options. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** @param options added after this JVM's own (a later {@code -D} of the same name wins) */
    public static List<String> command(Class<?> mainClass, List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        return command;
    }
}
