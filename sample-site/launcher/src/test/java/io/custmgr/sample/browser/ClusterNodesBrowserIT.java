package io.custmgr.sample.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two storefront nodes and an admin node on one database: the site under test (storefront and admin, two webapp
 * contexts of its JVM) plus a second storefront node in a JVM of its own ({@link SecondStorefrontNode}). A shopper
 * whose requests alternate between the storefront nodes gets every time on page; an IP blocked in the admin is
 * refused at sign-in on both storefront nodes within the documented delay; a scheduled job that both nodes schedule
 * every two seconds (the test's settings, see the launcher's pom) runs once per tick, waits while a node that stopped
 * still holds its lease and is taken over when that lease ends.
 *
 * <p>Tag {@code cluster}: the launcher's Failsafe execution {@code cluster-postgres} runs it alone, on a PostgreSQL
 * database it recreates, as a store's cluster runs on a database server; the other browser tests leave it out.
 */
@BrowserTest
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterNodesBrowserIT {

    static final String JOB = "personal-data-export-purge";
    static final String FIRST_NODE_NAME = "sample-node-1";
    static final String BLOCKED_RANGE = "192.0.2.0/24";
    static final String BLOCKED_CLIENT = "192.0.2.10";
    /** custmgr.cluster.versionCheckSeconds of the sample (1 s) plus a request's and a commit's time. */
    static final Duration BLOCK_REACHES_NODES = Duration.ofSeconds(4);
    private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

    private static SecondStorefrontNode secondNode;

    @BeforeAll
    static void startSecondNode() throws Exception {
        secondNode = SecondStorefrontNode.start(Integer.getInteger(SampleSiteExtension.PORT_PROPERTY, 18080) + 1);
    }

    @AfterAll
    static void stopSecondNode() throws Exception {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    @Order(1)
    void aShopperAlternatingBetweenNodesGetsEveryTimeOnPage(SampleSite site) throws Exception {
        String marker = "cluster" + System.nanoTime();
        List<HttpClient> nodes = List.of(signedIn(site), signedIn(secondNode.site()));
        List<SampleSite> sites = List.of(site, secondNode.site());
        int views = 6;
        for (int i = 0; i < views; i++) {
            // longer than the writers' flush interval (250 ms): the previous view is in the database by then
            Thread.sleep(700);
            HttpResponse<Void> page = nodes.get(i % 2).send(HttpRequest.newBuilder(
                    URI.create(sites.get(i % 2).storefront("?" + marker + "=" + i))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, page.statusCode());
        }

        List<long[]> rows = awaitViews(marker, views);
        for (int i = 0; i < views - 1; i++) {
            long gap = rows.get(i + 1)[0] - rows.get(i)[0];
            assertEquals(Long.valueOf(gap), rows.get(i)[1] < 0 ? null : Long.valueOf(rows.get(i)[1]),
                    "time on page of view " + i + " (node " + (i % 2 + 1) + ", next view on the other node)");
        }
        assertTrue(rows.get(views - 1)[1] < 0, "the last view keeps no time on page; views since the first: "
                + viewsSince(rows.get(0)[0]));
    }

    @Test
    @Order(2)
    void anIpBlockedInTheAdminIsRefusedOnBothNodesWithinTheDelay(Browser browser, SampleSite site) throws Exception {
        new AdminConsole(browser, site).logIn();
        long blockId = AdminSection.open(browser, site, AdminSection.BLOCKED_IPS)
                .add("address", BLOCKED_RANGE, "reason", "cluster test").save()
                .orElseThrow(() -> new AssertionError("the block was not saved"));
        try {
            awaitOnBothNodes(site, true);
        } finally {
            AdminSection.delete(browser, site, AdminSection.BLOCKED_IPS, blockId);
        }
        awaitOnBothNodes(site, false);
    }

    @Test
    @Order(3)
    void aJobRunsOncePerTickAndIsTakenOverWhenItsHolderStops() throws Exception {
        long firstRuns = awaitRuns(-1, Duration.ofSeconds(10));
        long started = System.nanoTime();
        Thread.sleep(9000);
        long ticks = Duration.ofNanos(System.nanoTime() - started).toSeconds() / 2 + 1;
        long runs = awaitRuns(-1, Duration.ZERO) - firstRuns;
        assertTrue(runs >= 2 && runs <= ticks, runs + " runs in " + ticks + " ticks of two scheduling nodes");

        // the second node holds the lease for 5 s and stops: nobody runs the job until the lease ends. Taken midway
        // between two ticks, when no run is under way (a run's unlock would shorten the lease again).
        Thread.sleep(Math.floorMod(1000 - System.currentTimeMillis() % 2000, 2000));
        try (Connection db = SampleDatabase.connect(); PreparedStatement lease = db.prepareStatement(
                "UPDATE CM_JOB_LOCK SET LOCK_UNTIL = ?, LOCKED_AT = ?, LOCKED_BY = ? WHERE NAME = ?")) {
            long now = System.currentTimeMillis();
            lease.setTimestamp(1, new Timestamp(now + 5000));
            lease.setTimestamp(2, new Timestamp(now));
            lease.setString(3, SecondStorefrontNode.NODE_NAME);
            lease.setString(4, JOB);
            assertEquals(1, lease.executeUpdate());
        }
        long leaseEnds = System.currentTimeMillis() + 5000;
        long heldAt = awaitRuns(-1, Duration.ZERO);
        secondNode.close();
        secondNode = null;
        Thread.sleep(Math.max(0, leaseEnds - System.currentTimeMillis() - 500));
        assertEquals(heldAt, awaitRuns(-1, Duration.ZERO), "no run while the stopped node's lease lasts");

        awaitRuns(heldAt + 2, Duration.ofSeconds(8));
        assertEquals(FIRST_NODE_NAME, jobRun("NODE"), "the first node took the job over");
    }

    private static HttpClient signedIn(SampleSite node) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(node.storefront("login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertTrue(token.find(), "the login form has a CSRF token");
        String form = "j_username=" + encode("demo@example.com") + "&j_password=" + encode("demo1234")
                + "&csrfToken=" + encode(token.group(1));
        HttpResponse<Void> signIn = http.send(HttpRequest.newBuilder(URI.create(node.storefront("login_post.htm")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String target = signIn.headers().firstValue("Location").orElse("");
        assertTrue(signIn.statusCode() == 302 && !target.contains("error") && !target.contains("login"),
                "signed in on " + node.storefrontUrl() + ": " + signIn.statusCode() + " " + target);
        return http;
    }

    /** @return per view (by view time): the view time in ms and its time on page (-1 when none) */
    private static List<long[]> awaitViews(String marker, int views) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<long[]> rows = new ArrayList<>();
            try (Connection db = SampleDatabase.connect(); PreparedStatement query = db.prepareStatement(
                    "SELECT VIEW_TIME, TIME_ON_PAGE_MS FROM CM_PAGE_VIEW WHERE URL LIKE ? ORDER BY VIEW_TIME")) {
                query.setString(1, "%" + marker + "%");
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        long viewTime = result.getTimestamp(1).getTime();
                        long timeOnPage = result.getLong(2);
                        rows.add(new long[] {viewTime, result.wasNull() ? -1 : timeOnPage});
                    }
                }
            }
            boolean complete = rows.size() == views && rows.stream().limit(views - 1).allMatch(row -> row[1] >= 0);
            if (complete || System.nanoTime() > deadline) {
                assertEquals(views, rows.size(), "views recorded");
                return rows;
            }
            Thread.sleep(200);
        }
    }

    private static String viewsSince(long time) throws SQLException {
        StringBuilder views = new StringBuilder();
        try (Connection db = SampleDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT PAGE_VIEW_ID, CUSTOMER_ID, VIEW_TIME, URL, TIME_ON_PAGE_MS FROM CM_PAGE_VIEW "
                        + "WHERE VIEW_TIME >= ? ORDER BY VIEW_TIME")) {
            query.setTimestamp(1, new Timestamp(time));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    views.append('\n').append(result.getLong(1)).append(' ').append(result.getLong(2)).append(' ')
                            .append(result.getTimestamp(3)).append(' ').append(result.getString(4)).append(' ')
                            .append(result.getObject(5));
                }
            }
        }
        return views.toString();
    }

    private static void awaitOnBothNodes(SampleSite site, boolean blocked) throws Exception {
        long deadline = System.nanoTime() + BLOCK_REACHES_NODES.toNanos();
        Set<String> pending = new LinkedHashSet<>(List.of(site.storefrontUrl(), secondNode.site().storefrontUrl()));
        while (true) {
            pending.removeIf(node -> refusesSignIn(node) == blocked);
            if (pending.isEmpty()) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "not " + (blocked ? "refused" : "accepted again") + " within "
                    + BLOCK_REACHES_NODES + " on " + pending);
            Thread.sleep(100);
        }
    }

    /** A sign-in POST from the blocked network without credentials: refused or not, it changes nothing. */
    private static boolean refusesSignIn(String storefrontUrl) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(URI.create(storefrontUrl + "login_post.htm"))
                            .header("X-Forwarded-For", BLOCKED_CLIENT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("")).build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Location").orElse("").contains("blocked=true");
        } catch (Exception e) {
            throw new AssertionError("no answer from " + storefrontUrl, e);
        }
    }

    /** Waits until the job has at least {@code atLeast} runs (-1: any state) or the time is up; @return its runs */
    private static long awaitRuns(long atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String counted = jobRun("RUNS");
            Long runs = counted == null ? null : Long.valueOf(counted.trim());
            if (runs != null && runs >= atLeast || System.nanoTime() >= deadline) {
                assertNotNull(runs, "the job " + JOB + " has run");
                assertTrue(runs >= atLeast, "the job reached " + runs + " runs, not " + atLeast);
                return runs;
            }
            Thread.sleep(200);
        }
    }

    /** @return a column of the job's row in CM_JOB_RUN (its last run and number of runs), null before its first */
    private static String jobRun(String column) throws SQLException {
        try (Connection db = SampleDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT " + column + " FROM CM_JOB_RUN WHERE JOB_NAME = ?")) {
            query.setString(1, JOB);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
