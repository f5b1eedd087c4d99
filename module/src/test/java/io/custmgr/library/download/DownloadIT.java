package io.custmgr.library.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custmgr.library.domain.DigitalFile;
import io.custmgr.library.service.DigitalFileService;
import io.custmgr.library.service.LibraryService;
import io.custmgr.library.type.Acquisition;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Signed download links against the library in the merged context: bound to the signed-in customer, refused once
 * revoked (a replayed link), counted atomically against the limit only when a download starts, refused after the
 * access expiry, open to all-access customers, and logged off the request thread.
 */
@BroadleafIntegrationTest
class DownloadIT {

    @Resource(name = "cmDownloadService")
    DownloadService downloads;

    @Resource(name = "cmDownloadLogWriter")
    DownloadLogWriter logWriter;

    @Resource(name = "cmLibraryService")
    LibraryService library;

    @Resource(name = "cmDigitalFileService")
    DigitalFileService files;

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
    long product;
    long sku;
    DigitalFile file;

    @BeforeEach
    void setUp() throws Exception {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        long[] ids = new TransactionTemplate(transactionManager).execute(status -> {
            Sku s = (Sku) entities.createEntityInstance(Sku.class.getName());
            s.setName("Manual");
            em.persist(s);
            Product p = (Product) entities.createEntityInstance(Product.class.getName());
            p.setDefaultSku(s);
            ((io.custmgr.library.domain.DigitalProduct) p).getDigitalSettings().setDigital(true);
            em.persist(p);
            return new long[] {s.getId(), p.getId()};
        });
        sku = ids[0];
        product = ids[1];
        file = files.addFile(product, "manual.pdf", "application/pdf", new ByteArrayInputStream(new byte[] {1, 2}));
    }

    @AfterEach
    void cleanUp() {
        customers.deleteAll();
        files.removeFile(file.getId());
        customers.jdbc().update("DELETE FROM CM_LIBRARY_ENTRY WHERE PRODUCT_ID = ?", product);
        customers.jdbc().update("UPDATE BLC_PRODUCT SET DEFAULT_SKU_ID = NULL WHERE PRODUCT_ID = ?", product);
        customers.jdbc().update("DELETE FROM BLC_SKU WHERE SKU_ID = ?", sku);
        customers.jdbc().update("DELETE FROM BLC_PRODUCT WHERE PRODUCT_ID = ?", product);
    }

    @Test
    void aLinkServesItsOwnCustomerUntilTheItemIsRevokedAndIsLogged() throws Exception {
        long ann = customer("ann");
        long bob = customer("bob");
        assertTrue(library.grant(ann, product, Acquisition.MANUAL, null, null));
        String token = downloads.sign(ann, file.getId());

        AuthorizedDownload ok = downloads.authorize(token, ann, true);
        assertEquals(file.getId(), ok.getFile().getId());
        assertEquals(DownloadRefusedException.OTHER_CUSTOMER, refusal(token, bob, true));
        assertEquals(DownloadRefusedException.OTHER_CUSTOMER, refusal(token, null, true));
        assertEquals(DownloadRefusedException.NOT_IN_LIBRARY, refusal(downloads.sign(bob, file.getId()), bob, true));
        assertEquals(DownloadRefusedException.UNKNOWN_FILE, refusal(downloads.sign(ann, -5L), ann, true));

        downloads.record(ok, 2, "203.0.113.9", "<script>agent</script>");
        assertTrue(logWriter.flush(5000));
        List<DownloadRecord> history = downloads.findDownloads(ann, 0, 10);
        assertEquals(1, history.size());
        assertEquals("manual.pdf", history.get(0).getFileName());
        assertEquals("203.0.113.9", history.get(0).getIpAddress());
        assertEquals("<script>agent</script>", history.get(0).getUserAgent(), "stored as sent, escaped when shown");

        assertTrue(library.revoke(ann, product, "refund"));
        assertEquals(DownloadRefusedException.REVOKED, refusal(token, ann, true));
        assertEquals(DownloadRefusedException.REVOKED, refusal(token, ann, false));
    }

    @Test
    void theLimitCountsStartedDownloadsOnlyAndTheAccessExpiryEndsThem() {
        long cy = customer("cy");
        assertTrue(library.grant(cy, product, Acquisition.MANUAL, null, null));
        customers.jdbc().update("UPDATE CM_LIBRARY_ENTRY SET DOWNLOADS_ALLOWED = 2 WHERE CUSTOMER_ID = ?", cy);
        String token = downloads.sign(cy, file.getId());

        downloads.authorize(token, cy, true);
        downloads.authorize(token, cy, false);
        downloads.authorize(token, cy, true);
        assertEquals(DownloadRefusedException.LIMIT_REACHED, refusal(token, cy, true));
        downloads.authorize(token, cy, false); // the rest of a download already started
        assertEquals(2, library.findLibrary(cy).get(0).getDownloadsUsed());

        customers.jdbc().update("UPDATE CM_LIBRARY_ENTRY SET DOWNLOADS_ALLOWED = NULL, ACCESS_EXPIRES = ?"
                + " WHERE CUSTOMER_ID = ?", new Timestamp(System.currentTimeMillis() - 1000), cy);
        assertEquals(DownloadRefusedException.ACCESS_EXPIRED, refusal(token, cy, true));
    }

    @Test
    void anAllAccessCustomerDownloadsWithoutAnEntry() {
        long dee = customer("dee");
        String token = downloads.sign(dee, file.getId());
        assertEquals(DownloadRefusedException.NOT_IN_LIBRARY, refusal(token, dee, true));
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_LIBRARY_ALL_ACCESS = ? WHERE CUSTOMER_ID = ?", true, dee);
        assertEquals(file.getId(), downloads.authorize(token, dee, true).getFile().getId());
    }

    private String refusal(String token, Long customer, boolean starting) {
        return assertThrows(DownloadRefusedException.class, () -> downloads.authorize(token, customer, starting))
                .getCode();
    }

    private long customer(String name) {
        return customers.registered(name + "-" + UUID.randomUUID() + "@example.com").getId();
    }
}
