package io.custmgr.search.solr;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileCopyUtils;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The embedded core's Solr home: {@code solr.xml}, the {@code customers} core (core discovery) and its configuration
 * copied from the module's config set at every start, so a new version's schema takes effect; the data stays.
 */
public final class EmbeddedSolrHome {

    public static final String CORE = "customers";
    static final String CONFIG_SET = "config/custmgr/solr/customers/conf/";
    static final String[] CONFIG_FILES = {"schema.xml", "solrconfig.xml"};

    private final File home;
    private final boolean temporary;

    private EmbeddedSolrHome(File home, boolean temporary) {
        this.home = home;
        this.temporary = temporary;
    }

    /** @param path the home directory; empty: a new temporary directory, deleted at {@link #discard()} */
    public static EmbeddedSolrHome prepare(String path) throws IOException {
        boolean temporary = path == null || path.trim().isEmpty();
        File home = temporary ? Files.createTempDirectory("custmgr-solr-").toFile() : new File(path.trim());
        File conf = new File(home, CORE + "/conf");
        if (!conf.isDirectory() && !conf.mkdirs()) {
            throw new IOException("Cannot create " + conf);
        }
        write(new File(home, "solr.xml"), "<solr></solr>\n");
        write(new File(home, CORE + "/core.properties"), "name=" + CORE + "\n");
        copyConfigSet(conf);
        return new EmbeddedSolrHome(home, temporary);
    }

    /** Copies the module's config set (the files a standalone core or a SolrCloud collection needs) into {@code dir}. */
    public static void copyConfigSet(File dir) throws IOException {
        for (String file : CONFIG_FILES) {
            FileCopyUtils.copy(new ClassPathResource(CONFIG_SET + file).getInputStream(),
                    Files.newOutputStream(new File(dir, file).toPath()));
        }
    }

    public File getHome() {
        return home;
    }

    /** Deletes a temporary home (a configured one is kept with its index). */
    public void discard() {
        if (temporary) {
            FileSystemUtils.deleteRecursively(home);
        }
    }

    private static void write(File file, String text) throws IOException {
        Files.write(file.toPath(), text.getBytes(StandardCharsets.UTF_8));
    }
}
