package io.custmgr.sample.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Storefront request latency with navigation tracking on and off, against one running site. One shopper session
 * (cookies, keep-alive) walks real pages; ON and OFF alternate in blocks, ABBA order, so drift (JIT, GC, caches) hits
 * both states alike. Every ON request must end up recorded, and no OFF request.
 */
final class LatencyBenchmark {

    /** Home, two departments, two products of the demo catalog. */
    static final String[] PAGES = {"", "hot-sauces", "hot-sauces/green-ghost", "merchandise",
            "merchandise/pepper-enamel-mug"};
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0.0.0 Safari/537.36";

    private final StorefrontHistory history;
    private final List<URI> pages = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    private int next;
    private int failures;

    LatencyBenchmark(String storefrontUrl, StorefrontHistory history) {
        this.history = history;
        for (String page : PAGES) {
            pages.add(URI.create(storefrontUrl + page));
        }
    }

    LatencyResult run(int warmupRequests, int blocks, int blockSize) throws Exception {
        boolean initiallyOn = history.isTracking();
        for (int i = 0; i < warmupRequests; i++) {
            history.setTracking(i / 50 % 2 == 0);
            timeOneRequest();
        }
        history.flush(60000);
        long recordedBefore = history.recorded();
        long droppedBefore = history.dropped();
        failures = 0;
        history.resetRecordingTime();
        long[] on = new long[blocks * blockSize];
        long[] off = new long[blocks * blockSize];
        int onCount = 0;
        int offCount = 0;
        long[] blockDifferences = new long[blocks];
        int[] onPage = new int[on.length];
        int[] offPage = new int[off.length];
        for (int block = 0; block < blocks; block++) {
            boolean onFirst = block % 2 == 0;
            int onStart = onCount;
            int offStart = offCount;
            for (int half = 0; half < 2; half++) {
                boolean tracking = (half == 0) == onFirst;
                history.setTracking(tracking);
                for (int i = 0; i < blockSize; i++) {
                    int page = next % pages.size();
                    long nanos = timeOneRequest();
                    if (tracking) {
                        onPage[onCount] = page;
                        on[onCount++] = nanos;
                    } else {
                        offPage[offCount] = page;
                        off[offCount++] = nanos;
                    }
                }
            }
            // Paired per block: neighbouring ON and OFF halves share the site's state of the moment; averaged over
            // blocks, the ABBA order cancels whatever the first half of a block pays more than the second.
            blockDifferences[block] = median(on, onStart, onCount) - median(off, offStart, offCount);
        }
        long inFilterP50 = history.recordingTimeMicros(50);
        long inFilterP90 = history.recordingTimeMicros(90);
        history.setTracking(initiallyOn);
        history.flush(60000);
        List<String> perPage = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            Percentiles pageOn = only(on, onPage, onCount, page);
            Percentiles pageOff = only(off, offPage, offCount, page);
            perPage.add(String.format(Locale.ROOT, "  %-32s p50 OFF %7.3f ON %7.3f (%+.3f ms)",
                    "/" + PAGES[page], pageOff.millis(0.5), pageOn.millis(0.5),
                    pageOn.millis(0.5) - pageOff.millis(0.5)));
        }
        return new LatencyResult(new Percentiles(on, onCount), new Percentiles(off, offCount),
                new Percentiles(blockDifferences, blocks).meanMillis(), inFilterP50, inFilterP90, perPage,
                history.recorded() - recordedBefore, history.dropped() - droppedBefore, failures);
    }

    private static Percentiles only(long[] nanos, int[] pageOf, int count, int page) {
        long[] selected = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (pageOf[i] == page) {
                selected[n++] = nanos[i];
            }
        }
        return new Percentiles(selected, n);
    }

    private static long median(long[] nanos, int from, int to) {
        long[] block = Arrays.copyOfRange(nanos, from, to);
        Arrays.sort(block);
        return block[(block.length - 1) / 2];
    }

    private long timeOneRequest() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(pages.get(next++ % pages.size()))
                .header("User-Agent", BROWSER).header("Accept", "text/html").GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            failures++;
        }
        return nanos;
    }
}
