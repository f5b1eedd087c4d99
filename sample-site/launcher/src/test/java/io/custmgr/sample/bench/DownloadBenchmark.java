package io.custmgr.sample.bench;

import io.custmgr.sample.launcher.SampleSiteServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Download-serving benchmark (bin/bench-download): starts the sample site, adds a file of
 * {@code custmgr.bench.download.mb} MB (100) to a digital product through the module's file service, signs in as the
 * demo customer over HTTP and downloads the file through the storefront's signed link
 * ({@code /account/library/download}) on loopback, {@code custmgr.bench.download.rounds} times (5), checking size and
 * SHA-256 each time; then copies the same file on disk as many times. Prints the median throughput of both and their
 * ratio. Ports: custmgr.bench.port (28090), custmgr.bench.db.port (29011).
 */
public final class DownloadBenchmark {

    private static final String DEMO_USER = "demo@example.com";
    private static final String DEMO_PASSWORD = "demo1234";
    private static final String PRODUCT_URL = "/digital/hot-sauce-field-guide";
    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private DownloadBenchmark() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(Integer.getInteger("custmgr.bench.port", 28090),
                    Integer.getInteger("custmgr.bench.db.port", 29011),
                    Integer.getInteger("custmgr.bench.download.mb", 100),
                    Integer.getInteger("custmgr.bench.download.rounds", 5));
        } catch (Throwable e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status); // Broadleaf leaves non-daemon threads behind
    }

    private static int run(int port, int databasePort, int megabytes, int rounds) throws Exception {
        say("Download benchmark: a %d MB file, %d rounds, %d cores, Java %s", megabytes, rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path work = Files.createTempDirectory("custmgr-bench-download");
        Path source = work.resolve("bench.zip");
        String expectedSha = writeRandomFile(source, megabytes * 1024L * 1024L);
        long size = Files.size(source);
        try (SampleSiteServer site = new SampleSiteServer(port, databasePort)) {
            long started = System.nanoTime();
            site.start();
            say("Sample site started in %.1f s at %s", (System.nanoTime() - started) / 1e9, site.storefrontUrl());
            long customerId = demoCustomerId(site);
            long fileId = addFile(site, source, customerId);
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            signIn(client, site.storefrontUrl());

            List<Double> served = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                String token = (String) site.storefrontBean("cmDownloadService").getClass()
                        .getMethod("sign", long.class, long.class)
                        .invoke(site.storefrontBean("cmDownloadService"), customerId, fileId);
                URI uri = URI.create(site.storefrontUrl() + "account/library/download?token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8));
                long start = System.nanoTime();
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Download answered " + response.statusCode());
                }
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long received = drain(new DigestInputStream(response.body(), sha));
                double seconds = (System.nanoTime() - start) / 1e9;
                String actualSha = HexFormat.of().formatHex(sha.digest());
                if (received != size || !actualSha.equals(expectedSha)) {
                    throw new IllegalStateException("Received " + received + " bytes, SHA-256 " + actualSha
                            + "; expected " + size + ", " + expectedSha);
                }
                served.add(size / 1048576.0 / seconds);
                say("download %d: %.0f MB/s (%.2f s, %d bytes, SHA-256 matches)", round + 1, served.get(round),
                        seconds, received);
            }
            List<Double> copied = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Path target = work.resolve("copy-" + round);
                long start = System.nanoTime();
                Files.copy(source, target);
                try (var channel = java.nio.channels.FileChannel.open(target, StandardOpenOption.WRITE)) {
                    channel.force(false); // the copy's bytes on disk, as the download's left the store's file
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                copied.add(size / 1048576.0 / seconds);
                Files.delete(target);
                say("raw copy %d: %.0f MB/s (%.2f s)", round + 1, copied.get(round), seconds);
            }
            double servedMedian = median(served);
            double copiedMedian = median(copied);
            System.out.println();
            say("===== Summary: download serving =====");
            say("signed download over HTTP on loopback: median %.0f MB/s (%s)", servedMedian, served);
            say("raw file copy on the same disk:        median %.0f MB/s (%s)", copiedMedian, copied);
            say("download / raw copy: %.2f", servedMedian / copiedMedian);
            say("=====================================");
            return 0;
        } finally {
            Files.deleteIfExists(source);
            Files.deleteIfExists(work);
        }
    }

    private static long demoCustomerId(SampleSiteServer site) throws ReflectiveOperationException {
        Object customers = site.storefrontBean("blCustomerService");
        Object customer = customers.getClass().getMethod("readCustomerByUsername", String.class)
                .invoke(customers, DEMO_USER);
        return (Long) customer.getClass().getMethod("getId").invoke(customer);
    }

    /** Adds the file to the product and puts the product into the demo customer's library; @return the file id */
    private static long addFile(SampleSiteServer site, Path source, long customerId) throws Exception {
        Object catalog = site.storefrontBean("blCatalogService");
        Object product = catalog.getClass().getMethod("findProductByURI", String.class).invoke(catalog, PRODUCT_URL);
        Long productId = (Long) product.getClass().getMethod("getId").invoke(product);
        Object files = site.storefrontBean("cmDigitalFileService");
        Object file;
        try (InputStream in = Files.newInputStream(source)) {
            file = files.getClass().getMethod("addFile", Long.class, String.class, String.class, InputStream.class)
                    .invoke(files, productId, "bench-" + System.currentTimeMillis() + ".zip", "application/zip", in);
        }
        Object library = site.storefrontBean("cmLibraryService");
        ClassLoader webapp = library.getClass().getClassLoader();
        Class<?> acquisition = webapp.loadClass("io.custmgr.library.type.Acquisition");
        Object manual = acquisition.getField("MANUAL").get(null);
        library.getClass().getMethod("grant", long.class, long.class, acquisition, String.class, String.class)
                .invoke(library, customerId, productId, manual, null, "download benchmark");
        library.getClass().getMethod("restore", long.class, long.class).invoke(library, customerId, productId);
        return (Long) file.getClass().getMethod("getId").invoke(file);
    }

    private static void signIn(HttpClient client, String storefront) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(storefront + "login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "j_username=" + URLEncoder.encode(DEMO_USER, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8) + "&csrfToken="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(storefront + "login_post.htm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + location);
        }
    }

    private static String writeRandomFile(Path file, long size) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[1 << 20];
        Random random = new Random(20261206L);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                int length = (int) Math.min(block.length, size - written);
                sha.update(block, 0, length);
                out.write(block, 0, length);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (in) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                total += read;
            }
        }
        return total;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void say(String format, Object... args) {
        System.out.println("bench | " + String.format(Locale.ROOT, format, args));
    }
}
