package io.custmgr.common.mailedlink.service;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException.Reason;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links committed for real (as the storefront takes them up); every test deletes its rows. */
@BroadleafIntegrationTest
class MailedLinksIT {

    static final String PURPOSE = "TEST_LINK";
    static final String URL = "http://shop.example/account/test?x=1";

    @Resource(name = "cmMailedLinks")
    MailedLinks links;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    final long customer = 9_300_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
    final long subject = customer + 1;

    @AfterEach
    void cleanUp() {
        jdbc().update("DELETE FROM CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?", customer);
    }

    @Test
    void aLinkIsTakenUpOnceByItsCustomerWithWhatWasStored() {
        String token = tokenOf(links.issue(PURPOSE, URL, customer, subject, "new@example.com", 1));
        List<MailedLink> seen = new ArrayList<MailedLink>();

        String result = links.consume(PURPOSE, token, customer, link -> {
            seen.add(link);
            return "done";
        });

        assertEquals("done", result);
        assertEquals(customer, seen.get(0).getCustomerId());
        assertEquals(Long.valueOf(subject), seen.get(0).getSubjectId());
        assertEquals("new@example.com", seen.get(0).getPayload());
        assertEquals(Reason.USED, refusal(token, customer));
        assertEquals(1, seen.size(), "the handler ran once");
        assertNotNull(jdbc().queryForObject("SELECT USED FROM CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?", Timestamp.class,
                customer));
        assertEquals(2, attempts(), "the refused second visit is counted too");
    }

    @Test
    void onlyTheTokensHashIsStoredAndTheLinkKeepsTheUrlsParameters() {
        String link = links.issue(PURPOSE, URL, customer, null, null, 1);
        assertTrue(link.startsWith(URL + "&token="), link);
        String token = tokenOf(link);
        assertEquals(64, token.length());
        assertEquals(0, (int) jdbc().queryForObject("SELECT COUNT(*) FROM CM_MAILED_TOKEN WHERE TOKEN_HASH = ?",
                Integer.class, token));
        assertEquals(MailedTokens.hash(token), jdbc().queryForObject(
                "SELECT TOKEN_HASH FROM CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?", String.class, customer));
        assertEquals(customer, links.verify(PURPOSE, token, customer).getCustomerId());
    }

    @Test
    void unknownTokensAndOtherPurposesAreUnknown() {
        String token = tokenOf(links.issue(PURPOSE, URL, customer, null, null, 1));
        assertEquals(Reason.UNKNOWN, refusal(token + "0", customer));
        assertEquals(Reason.UNKNOWN, refusal("", customer));
        assertEquals(Reason.UNKNOWN, refusal(null, customer));
        assertEquals(Reason.UNKNOWN, assertThrows(MailedLinkRefusedException.class,
                () -> links.consume("OTHER_PURPOSE", token, customer, link -> "taken")).getReason());
        assertEquals("unknown", assertThrows(MailedLinkRefusedException.class,
                () -> links.verify("OTHER_PURPOSE", token, customer)).getCode());
        assertNull(used());
    }

    @Test
    void anExpiredLinkIsRefused() {
        String token = tokenOf(links.issue(PURPOSE, URL, customer, null, null, 1));
        jdbc().update("UPDATE CM_MAILED_TOKEN SET EXPIRES = ? WHERE CUSTOMER_ID = ?",
                new Timestamp(System.currentTimeMillis() - 1000L), customer);

        assertEquals(Reason.EXPIRED, refusal(token, customer));
        assertEquals("expired", assertThrows(MailedLinkRefusedException.class,
                () -> links.verify(PURPOSE, token, customer)).getCode());
        assertNull(used());
    }

    @Test
    void anotherCustomerOrNobodySignedInCannotTakeItUp() {
        String token = tokenOf(links.issue(PURPOSE, URL, customer, null, null, 1));
        assertEquals(Reason.OTHER_ACCOUNT, refusal(token, subject));
        assertEquals(Reason.OTHER_ACCOUNT, refusal(token, null));
        assertNull(used());
        assertEquals(2, attempts());
        assertEquals("ok", links.consume(PURPOSE, token, customer, link -> "ok"));
    }

    @Test
    void aLinkTheFeatureRefusesStaysOpen() {
        String token = tokenOf(links.issue(PURPOSE, URL, customer, null, null, 1));
        MailedLinkRefusedException refused = assertThrows(MailedLinkRefusedException.class,
                () -> links.consume(PURPOSE, token, customer, link -> {
                    throw MailedLinkRefusedException.refused("Feature_Rule");
                }));
        assertEquals(Reason.REFUSED, refused.getReason());
        assertEquals("Feature_Rule", refused.getCode());
        assertFalse(refused.getMessage().contains(token), "no token in messages");
        assertNull(used(), "rolled back with the feature's refusal");
        assertEquals("ok", links.consume(PURPOSE, token, customer, link -> "ok"));
    }

    @Test
    void ofTwoClicksAtTheSameTimeOneWins() throws Exception {
        final String token = tokenOf(links.issue(PURPOSE, URL, customer, null, null, 1));
        final AtomicInteger handled = new AtomicInteger();
        final CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> clicks = new ArrayList<Future<String>>();
            for (int i = 0; i < 2; i++) {
                clicks.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        return links.consume(PURPOSE, token, customer, link -> {
                            handled.incrementAndGet();
                            sleep(300); // the winner's transaction stays open while the other one tries
                            return "won";
                        });
                    } catch (MailedLinkRefusedException e) {
                        return e.getCode();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<String>();
            for (Future<String> click : clicks) {
                outcomes.add(click.get(60, TimeUnit.SECONDS));
            }
            assertTrue(outcomes.contains("won") && outcomes.contains("used"), outcomes.toString());
            assertEquals(1, handled.get(), "the feature ran once");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBearerTokenIsTakenUpOnceByWhoeverPresentsItWithinSeconds() {
        String token = links.issueToken(PURPOSE, customer, null, "admin 7", 60);
        long expires = jdbc().queryForObject("SELECT EXPIRES FROM CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?",
                Timestamp.class, customer).getTime();

        assertTrue(expires - System.currentTimeMillis() <= 60_000L && expires > System.currentTimeMillis() + 50_000L,
                "valid for seconds, not hours");
        assertEquals("admin 7", links.consumeBearer(PURPOSE, token, MailedLink::getPayload));
        assertEquals(Reason.USED, assertThrows(MailedLinkRefusedException.class,
                () -> links.consumeBearer(PURPOSE, token, link -> "again")).getReason());
        assertEquals(Reason.UNKNOWN, assertThrows(MailedLinkRefusedException.class,
                () -> links.consumeBearer("OTHER_PURPOSE", token, link -> "other")).getReason());
    }

    private Reason refusal(String token, Long signedIn) {
        return assertThrows(MailedLinkRefusedException.class,
                () -> links.consume(PURPOSE, token, signedIn, link -> "taken")).getReason();
    }

    private Timestamp used() {
        return jdbc().queryForObject("SELECT USED FROM CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?", Timestamp.class,
                customer);
    }

    private int attempts() {
        return jdbc().queryForObject("SELECT ATTEMPTS FROM CM_MAILED_TOKEN WHERE CUSTOMER_ID = ?", Integer.class,
                customer);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(transactionManager.getDataSource());
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
