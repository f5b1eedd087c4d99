package io.custmgr.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.library.admin.DownloadView;
import io.custmgr.library.admin.InvalidLibraryChangeException;
import io.custmgr.library.admin.LibraryAdminService;
import io.custmgr.library.type.Acquisition;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The merchant's library changes behind the customer form's Library tab (cmLibraryAdminService): refused input field
 * by field with nothing changed, every change in the customer's audit trail, the rebuild's report, the Downloads view.
 */
@BroadleafIntegrationTest
class LibraryAdminIT {

    @Resource(name = "cmLibraryAdminService")
    LibraryAdminService admin;

    @Resource(name = "cmLibraryService")
    LibraryService library;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService audit;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entities;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    CommittedCustomers customers;
    LibraryRows rows;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        rows = new LibraryRows(customers.jdbc(), new TransactionTemplate(transactionManager), em, entities);
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
        rows.deleteProducts();
    }

    @Test
    void aGrantIsRefusedFieldByFieldAndAnAcceptedGiftIsAudited() {
        long ann = customer("ann");
        long[] mug = rows.product("Mug", false);
        long[] ebook = rows.product("E-book", true);

        Map<String, String> errors = assertThrows(InvalidLibraryChangeException.class,
                () -> admin.grant(ann, mug[1], Acquisition.GIFT, "  ", repeat('n', 1001))).getErrors();
        assertEquals(InvalidLibraryChangeException.NOT_DIGITAL, errors.get("product"));
        assertEquals(InvalidLibraryChangeException.REQUIRED, errors.get("giver"));
        assertEquals(InvalidLibraryChangeException.TOO_LONG, errors.get("note"));
        assertEquals(InvalidLibraryChangeException.REQUIRED, assertThrows(InvalidLibraryChangeException.class,
                () -> admin.grant(ann, null, Acquisition.MANUAL, null, null)).getErrors().get("product"));
        assertTrue(library.findLibrary(ann).isEmpty(), "nothing granted");
        assertTrue(actions(ann).isEmpty(), "nothing audited");

        admin.grant(ann, ebook[1], Acquisition.GIFT, " Aunt May ", "birthday");
        LibraryItem item = library.findLibrary(ann).get(0);
        assertEquals(Acquisition.GIFT, item.getAcquisition());
        assertEquals("Aunt May", item.getGiver());
        assertEquals("birthday", item.getNote());
        assertEquals(InvalidLibraryChangeException.ALREADY_IN_LIBRARY, assertThrows(
                InvalidLibraryChangeException.class, () -> admin.grant(ann, ebook[1], Acquisition.MANUAL, null, null))
                .getErrors().get("product"));
        assertEquals(Arrays.asList("LIBRARY_GRANTED"), actions(ann));
        assertTrue(audit.findRecords(ann, 0, 1).get(0).getDetail().contains("Aunt May"));
    }

    @Test
    void revokeNeedsAReasonRestoreUndoesItAndTheNoteKeepsItsOldValueInTheTrail() {
        long bob = customer("bob");
        long[] ebook = rows.product("E-book", true);
        admin.grant(bob, ebook[1], Acquisition.MANUAL, null, "first");

        assertEquals(InvalidLibraryChangeException.REQUIRED, assertThrows(InvalidLibraryChangeException.class,
                () -> admin.revoke(bob, ebook[1], " ")).getErrors().get("reason"));
        assertTrue(library.findLibrary(bob).get(0).isActive());

        admin.revoke(bob, ebook[1], "chargeback");
        LibraryItem revoked = library.findLibrary(bob).get(0);
        assertFalse(revoked.isActive());
        assertEquals("chargeback", revoked.getRevokeReason());
        assertEquals(InvalidLibraryChangeException.NOT_ACTIVE, assertThrows(InvalidLibraryChangeException.class,
                () -> admin.revoke(bob, ebook[1], "again")).getErrors().get("product"));

        admin.restore(bob, ebook[1]);
        assertTrue(library.findLibrary(bob).get(0).isActive());
        assertNull(library.findLibrary(bob).get(0).getRevokeReason());
        assertEquals(InvalidLibraryChangeException.NOT_REVOKED, assertThrows(InvalidLibraryChangeException.class,
                () -> admin.restore(bob, ebook[1])).getErrors().get("product"));

        admin.editNote(bob, ebook[1], "second");
        assertEquals("second", library.findLibrary(bob).get(0).getNote());
        CustomerAuditRecord note = audit.findRecords(bob, 0, 1).get(0);
        assertEquals("first", note.getOldValue());
        assertEquals("second", note.getNewValue());
        assertEquals(InvalidLibraryChangeException.NOT_IN_LIBRARY, assertThrows(InvalidLibraryChangeException.class,
                () -> admin.editNote(bob, ebook[1] + 1000000, "x")).getErrors().get("product"));
        assertEquals(Arrays.asList("LIBRARY_NOTE_CHANGED", "LIBRARY_RESTORED", "LIBRARY_REVOKED", "LIBRARY_GRANTED"),
                actions(bob));
    }

    @Test
    void rebuildReportsWhatItAddedAndIsAuditedOnlyWhenItChangedSomething() {
        long cy = customer("cy");
        long[] ebook = rows.product("E-book", true);
        rows.placedOrder(cy, ebook);

        RebuildResult result = admin.rebuild(cy);
        assertEquals(Arrays.asList(ebook[1]), result.getAdded());
        assertTrue(admin.rebuild(cy).getAdded().isEmpty());
        assertEquals(Arrays.asList("LIBRARY_REBUILT"), actions(cy));
        assertTrue(admin.findDigitalProducts().stream().anyMatch(p -> p.getProductId() == ebook[1]));
        assertFalse(admin.findDigitalProducts().stream().anyMatch(p -> p.getProductId() == ebook[1] + 1));
    }

    @Test
    void theDownloadsViewListsEveryDownloadNewestFirstWithCustomerAndProductAndFiltersByCustomer() {
        long dee = customer("dee");
        long eve = customer("eve");
        long[] ebook = rows.product("Downloadable e-book", true);
        download(dee, ebook[1], "book.pdf", 1000, "<script>alert(1)</script>");
        download(eve, ebook[1], "book.pdf", 2000, "curl");
        download(dee, ebook[1], "book.epub", 3000, "Firefox");

        List<DownloadView> mine = admin.findDownloads(dee, 0, 10);
        assertEquals(2, mine.size());
        assertEquals(2, admin.countDownloads(dee));
        assertEquals("book.epub", mine.get(0).getFileName(), "newest first");
        assertEquals("Downloadable e-book", mine.get(0).getProductName());
        assertTrue(mine.get(1).getCustomerEmail().startsWith("dee-"));
        assertEquals("<script>alert(1)</script>", mine.get(1).getUserAgent(), "kept as typed; the page escapes it");
        assertTrue(admin.countDownloads(null) >= 3);
        assertEquals(1, admin.findDownloads(null, 0, 1).size());
    }

    private long seconds = 0;

    private void download(long customer, long product, String file, long bytes, String agent) {
        customers.jdbc().update("INSERT INTO CM_DOWNLOAD_LOG (LOG_ID, CUSTOMER_ID, FILE_ID, PRODUCT_ID, FILE_NAME,"
                + " DOWNLOAD_TIME, BYTES_SENT, IP_ADDRESS, USER_AGENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                8390000000L + (System.nanoTime() % 100000000L), customer, 1L, product, file,
                new Timestamp(System.currentTimeMillis() + 1000 * ++seconds), bytes, "127.0.0.1", agent);
    }

    private List<String> actions(long customer) {
        List<String> actions = new ArrayList<String>();
        for (CustomerAuditRecord record : audit.findRecords(customer, 0, 50)) {
            if (record.getAction().startsWith("LIBRARY_")) {
                actions.add(record.getAction());
            }
        }
        return actions;
    }

    private long customer(String name) {
        return customers.registered(name + "-" + UUID.randomUUID() + "@example.com").getId();
    }

    private static String repeat(char c, int n) {
        char[] chars = new char[n];
        Arrays.fill(chars, c);
        return new String(chars);
    }
}
