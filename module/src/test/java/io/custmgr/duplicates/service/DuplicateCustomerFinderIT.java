package io.custmgr.duplicates.service;

import io.custmgr.duplicates.DuplicateRows;
import io.custmgr.duplicates.dto.DuplicatePair;
import io.custmgr.duplicates.dto.DuplicatePairPage;
import io.custmgr.duplicates.dto.MatchKeyRefresh;
import io.custmgr.duplicates.dto.SharedValue;
import io.custmgr.duplicates.type.DuplicateReason;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Possible duplicates found by {@code cmDuplicateCustomerFinder} against the real database: each reason, the
 * normalization edge cases, values that must not pair, deactivated customers left out. Each test writes its customers
 * in its own (rolled-back) transaction and refreshes the keys in it. The customer to keep is the merge page's default
 * survivor, also where the two used to disagree (an unknown registration date, an anonymous customer).
 */
@BroadleafIntegrationTest
@Transactional
class DuplicateCustomerFinderIT {

    @Resource(name = "cmDuplicateCustomerFinder")
    DuplicateCustomerFinder finder;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    DuplicateRows rows;
    String token;

    @BeforeEach
    void setUp() {
        rows = new DuplicateRows(transactionManager.getDataSource());
        token = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void gmailAddressesPairIgnoringCaseDotsTagsAndTheGooglemailDomain() {
        long account = rows.account("John", "Doe", " John.Doe" + token + "+Shop@GoogleMail.com ");
        long guest = rows.guest("Johnny", "D", "johndoe" + token + "@gmail.com");

        DuplicatePair pair = pairOf(account, guest);

        assertNotNull(pair, "the two gmail addresses are one mailbox");
        assertEquals(account, pair.getSurvivor().getId(), "the registered account is the survivor");
        assertEquals(guest, pair.getOther().getId());
        assertTrue(pair.getOther().isGuest());
        assertEquals("johndoe" + token + "@gmail.com", pair.getOther().getEmail(), "a guest shows its contact e-mail");
        assertEquals(Arrays.asList("EMAIL:johndoe" + token + "@gmail.com"), reasons(pair));
    }

    @Test
    void otherProvidersKeepDotsButIgnoreCaseAndTheirOwnTags() {
        long upper = rows.account("Jane", "Roe", "Jane." + token + "@Example.com");
        long lower = rows.account("Janet", "Roe", "  jane." + token + "@example.com");
        long undotted = rows.account("J", "Roe", "jane" + token + "@example.com");
        long tagged = rows.account("J", "Roe", "jane." + token + "+news@example.com");
        long outlookTagged = rows.account("Al", "Bo", "al" + token + "+promo@outlook.com");
        long outlook = rows.account("Al", "Bo", "al" + token + "@outlook.com");
        long outlookDotted = rows.account("Al", "Bo", "a.l" + token + "@outlook.com");

        refresh();
        assertNotNull(findPair(upper, lower), "case and spaces do not matter");
        assertNull(findPair(upper, undotted), "example.com does not ignore dots");
        assertNull(findPair(upper, tagged), "example.com is not known to ignore +tags");
        assertNotNull(findPair(outlookTagged, outlook), "outlook.com ignores +tags");
        assertNull(findPair(outlook, outlookDotted), "outlook.com does not ignore dots");
    }

    @Test
    void phonesPairOnTheirLastDigitsFromProfileAndAddresses() {
        long profile = rows.customer("Pat", "One", "pat1" + token + "@example.com", null, false, "+1 (555) 867-5309");
        long other = rows.account("Sam", "Two", "sam2" + token + "@example.com");
        rows.address(other, "1 First Ave", "10001", "US", "555.867.5309");
        long uk = rows.customer("Kim", "Uk", "kim" + token + "@example.com", null, false, "+44 20 7946 0" + "958");
        long ukLocal = rows.customer("Kim", "Local", "kiml" + token + "@example.com", null, false, "020 7946 0958");
        long shortA = rows.customer("Short", "A", "sa" + token + "@example.com", null, false, "12-345");
        long shortB = rows.customer("Short", "B", "sb" + token + "@example.com", null, false, "12345");
        long zeroA = rows.customer("Zero", "A", "za" + token + "@example.com", null, false, "000 000 0000");
        long zeroB = rows.customer("Zero", "B", "zb" + token + "@example.com", null, false, "0000000000");

        refresh();
        DuplicatePair us = findPair(profile, other);
        assertNotNull(us, "+1 prefix and punctuation do not matter");
        assertEquals(Arrays.asList("PHONE:558675309"), reasons(us));
        assertNotNull(findPair(uk, ukLocal), "+44 and the trunk zero meet");
        assertNull(findPair(shortA, shortB), "numbers too short to tell people apart");
        assertNull(findPair(zeroA, zeroB), "placeholders made of one digit");
    }

    @Test
    void sameNameAtTheSamePostalAddressPairs() {
        long ann = rows.account("Ann", "Lee", "ann" + token + "@example.com");
        rows.address(ann, "12, Main St.", "SW1A 1AA", "GB", null);
        long annAgain = rows.guest(" ANN ", "lee", "ann.lee" + token + "@example.org");
        rows.address(annAgain, "12 main   st", "sw1a1aa", "GB", null);
        long annElsewhere = rows.account("Ann", "Lee", "ann3" + token + "@example.com");
        rows.address(annElsewhere, "14 Main St", "SW1A 1AA", "GB", null);
        long housemate = rows.account("Bob", "Lee", "bob" + token + "@example.com");
        rows.address(housemate, "12 Main St", "SW1A 1AA", "GB", null);
        long abroad = rows.account("Ann", "Lee", "ann4" + token + "@example.com");
        rows.address(abroad, "12 Main St", "SW1A 1AA", "US", null);

        refresh();
        DuplicatePair pair = findPair(ann, annAgain);
        assertNotNull(pair);
        assertEquals(Arrays.asList("NAME_ADDRESS:ann lee|12 main st|sw1a1aa|gb"), reasons(pair));
        assertEquals(ann, pair.getSurvivor().getId());
        for (long stranger : new long[] {annElsewhere, housemate, abroad}) {
            assertNull(findPair(ann, stranger), "another address, person or country: " + stranger);
            assertNull(findPair(annAgain, stranger), "another address, person or country: " + stranger);
        }
    }

    @Test
    void aPairListsEveryValueItsCustomersShareAndTheReasonFilterSelects() {
        long a = rows.customer("Lou", "Reed", "lou" + token + "@example.com", null, false, "555 123 9876");
        long b = rows.customer("Lou", "Reed", "LOU" + token + "@example.com", null, false, "5551239876");
        long phoneOnlyA = rows.customer("Max", "Ray", "max" + token + "@example.com", null, false, "555 777 1234");
        long phoneOnlyB = rows.customer("Mia", "Ray", "mia" + token + "@example.com", null, false, "555 777 1234");

        refresh();
        DuplicatePair both = findPair(a, b);
        assertEquals(Arrays.asList("EMAIL:lou" + token + "@example.com", "PHONE:551239876"), reasons(both));
        assertNotNull(findPair(phoneOnlyA, phoneOnlyB));

        DuplicatePairPage emails = finder.findPairs(DuplicateReason.EMAIL, 0, 500);
        assertNotNull(find(emails, a, b), "the e-mail filter keeps a pair sharing an e-mail");
        assertNull(find(emails, phoneOnlyA, phoneOnlyB), "the e-mail filter leaves out a phone-only pair");
        DuplicatePair filtered = find(finder.findPairs(DuplicateReason.PHONE, 0, 500), a, b);
        assertEquals(2, filtered.getSharedValues().size(), "a filtered pair still shows all it shares");
    }

    @Test
    void deactivatedCustomersAreLeftOutWithoutARefresh() {
        long kept = rows.account("Ed", "Wood", "ed" + token + "@example.com");
        long merged = rows.account("Ed", "Wood", "ED" + token + "@EXAMPLE.COM");
        refresh();
        assertNotNull(findPair(kept, merged));

        rows.deactivate(merged);
        assertNull(findPair(kept, merged), "a deactivated (e.g. merged-away) customer pairs with nobody");
    }

    @Test
    void guestsWhosePersonalDataWasErasedAreLeftOutWithoutARefresh() {
        long account = rows.account("Al", "Gore", "al.gore" + token + "@example.com");
        long guest = rows.guest("Al", "Gore", "Al.Gore" + token + "@example.com");
        refresh();
        assertNotNull(findPair(account, guest));

        rows.jdbc().update("UPDATE BLC_CUSTOMER SET CM_GUEST_ANONYMIZED = ? WHERE CUSTOMER_ID = ?",
                new java.sql.Timestamp(System.currentTimeMillis()), guest);
        assertNull(findPair(account, guest), "an expired guest's old e-mail is never shown");
    }

    @Test
    void aValueSharedByTooManyCustomersIsAPlaceholder() {
        List<Long> ids = new ArrayList<Long>();
        for (int i = 0; i < 11; i++) { // custmgr.duplicates.maxCustomersPerValue is 10
            ids.add(rows.customer("C" + i, "Shop", "c" + i + token + "@example.com", null, false, "+1 555 000 4242"));
        }
        long twinA = rows.customer("T", "A", "ta" + token + "@example.com", null, false, "+1 555 000 4343");
        long twinB = rows.customer("T", "B", "tb" + token + "@example.com", null, false, "555-000-4343");

        MatchKeyRefresh refresh = refresh();
        assertTrue(refresh.getCommonKeysDropped() >= 11, "dropped: " + refresh.getCommonKeysDropped());
        assertNull(findPair(ids.get(0), ids.get(1)), "the shop's own number typed for every customer");
        assertNotNull(findPair(twinA, twinB));
    }

    @Test
    void pagesAreNewestFirstAndAPageBeyondTheLastIsTheLast() {
        long a1 = rows.account("P", "A", "p1" + token + "@example.com");
        long a2 = rows.account("P", "A", "P1" + token + "@example.com");
        long b1 = rows.account("P", "B", "p2" + token + "@example.com");
        long b2 = rows.account("P", "B", "P2" + token + "@example.com");
        refresh();

        DuplicatePairPage first = finder.findPairs(null, 0, 1);
        assertEquals(b2, Math.max(first.getPairs().get(0).getSurvivor().getId(),
                first.getPairs().get(0).getOther().getId()), "the pair with the newest customer first");
        DuplicatePairPage second = finder.findPairs(null, 1, 1);
        assertEquals(a2, Math.max(second.getPairs().get(0).getSurvivor().getId(),
                second.getPairs().get(0).getOther().getId()));
        assertEquals(a1, Math.min(second.getPairs().get(0).getSurvivor().getId(),
                second.getPairs().get(0).getOther().getId()));
        DuplicatePairPage beyond = finder.findPairs(null, Integer.MAX_VALUE / 2, 1);
        assertEquals(beyond.getLastPage(), beyond.getPage());
        assertEquals(first.getTotal(), beyond.getLastPage() + 1);
        assertTrue(first.getTotal() >= 2);
        assertTrue(b1 < b2);
        assertThrows(IllegalArgumentException.class, () -> finder.findPairs(null, 0, 0));
    }

    @Test
    void anAccountWithAKnownDateIsKeptOverALowerIdWithoutOneHereAndOnTheMergePage() {
        long undated = rows.account("Ann", "Lee", "ann" + token + "@example.com");
        long dated = rows.account("Ann", "Lee", "ANN" + token + "@example.com");
        rows.flush();
        rows.jdbc().update("UPDATE BLC_CUSTOMER SET DATE_CREATED = NULL WHERE CUSTOMER_ID = ?", undated);

        assertKeptHereAndOnTheMergePage(dated, undated, dated);
    }

    @Test
    void anOlderGuestIsKeptOverANewerAnonymousCustomerHereAndOnTheMergePage() {
        long guest = rows.guest("Bo", "Kim", "bo" + token + "@example.com");
        long anonymous = rows.account("Bo", "Kim", "BO" + token + "@example.com");
        rows.flush();
        rows.jdbc().update("UPDATE BLC_CUSTOMER SET IS_REGISTERED = ? WHERE CUSTOMER_ID = ?", false, anonymous);

        assertKeptHereAndOnTheMergePage(guest, guest, anonymous);
    }

    @Test
    void aNewerAccountIsKeptOverAnOlderGuestHereAndOnTheMergePage() {
        long guest = rows.guest("Cy", "Ng", "cy" + token + "@example.com");
        long account = rows.account("Cy", "Ng", "CY" + token + "@example.com");

        assertKeptHereAndOnTheMergePage(account, guest, account);
    }

    private void assertKeptHereAndOnTheMergePage(long expected, long one, long other) {
        DuplicatePair pair = pairOf(one, other);
        assertNotNull(pair, "the two share an e-mail");
        assertEquals(expected, pair.getSurvivor().getId(), "Possible Duplicates' customer to keep");
        assertEquals(expected, mergeService.defaultSurvivor(one, other), "the merge page's default survivor");
        assertEquals(expected, mergeService.defaultSurvivor(other, one), "whichever customer the merge starts from");
    }

    private MatchKeyRefresh refresh() {
        rows.flush();
        return finder.refreshKeys();
    }

    private DuplicatePair pairOf(long a, long b) {
        refresh();
        return findPair(a, b);
    }

    /** The pair of these two customers among all pairs (the test's customers are the newest, so on the first page). */
    private DuplicatePair findPair(long a, long b) {
        return find(finder.findPairs(null, 0, 500), a, b);
    }

    private static DuplicatePair find(DuplicatePairPage page, long a, long b) {
        Set<Long> wanted = new HashSet<Long>(Arrays.asList(a, b));
        for (DuplicatePair pair : page.getPairs()) {
            if (wanted.equals(new HashSet<Long>(Arrays.asList(pair.getSurvivor().getId(), pair.getOther().getId())))) {
                return pair;
            }
        }
        return null;
    }

    private static List<String> reasons(DuplicatePair pair) {
        List<String> reasons = new ArrayList<String>();
        for (SharedValue value : pair.getSharedValues()) {
            reasons.add(value.getReason().getCode() + ":" + value.getValue());
        }
        return reasons;
    }
}
