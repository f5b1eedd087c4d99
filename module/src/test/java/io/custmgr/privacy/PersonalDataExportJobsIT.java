package io.custmgr.privacy;

import io.custmgr.audit.domain.CustomerAuditRecord;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException.Reason;
import io.custmgr.privacy.export.service.PersonalDataExportJob;
import io.custmgr.privacy.export.service.PersonalDataExportJobs;
import io.custmgr.privacy.export.service.PersonalDataExportRefusedException;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import io.custmgr.test.SignedInAdmin;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.test.util.ReflectionTestUtils;

import java.io.File;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipFile;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The background export: audited, written to a file, downloaded by its signed link only while valid. */
@BroadleafIntegrationTest
class PersonalDataExportJobsIT {

    @Resource(name = "cmPersonalDataExportJobs")
    PersonalDataExportJobs jobs;

    @Resource(name = "cmCustomerAuditService")
    CustomerAuditService auditService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    final SignedInAdmin admin = new SignedInAdmin();

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        admin.signIn();
    }

    @AfterEach
    void cleanUp() {
        admin.signOut();
        customers.jdbc().update("DELETE FROM CM_MAILED_TOKEN WHERE PURPOSE = ?", PersonalDataExportJobs.ADMIN_PURPOSE);
        customers.deleteAll();
    }

    @Test
    void anExportIsAuditedRunsInTheBackgroundAndItsLinkDownloadsTheZip() throws Exception {
        long customer = customers.registered("export-job@example.com").getId();

        PersonalDataExportJob job = jobs.start(customer, "requested in the admin");
        ready(job);

        assertEquals(PersonalDataExportJob.State.READY, job.getState());
        assertTrue(job.getRecords() >= 1);
        assertEquals(job, jobs.find(job.getId()));
        File file = jobs.adminDownload(job.getDownloadToken());
        try (ZipFile zip = new ZipFile(file)) {
            assertNotNull(zip.getEntry("personal-data.json"));
            assertNotNull(zip.getEntry("personal-data.html"));
        }
        List<CustomerAuditRecord> trail = auditService.findRecords(customer, 0, 10);
        CustomerAuditRecord exported = trail.get(0);
        assertEquals(CustomerAuditAction.PERSONAL_DATA_EXPORTED.getType(), exported.getAction());
        assertEquals("alice", exported.getActorName());
        assertEquals("10.0.0.7", exported.getIpAddress());
        assertEquals("requested in the admin", exported.getDetail());
    }

    @Test
    void tamperedExpiredAndPurgedLinksAreRefusedAndRefusedCustomersStartNothing() throws Exception {
        long customer = customers.registered("export-links@example.com").getId();
        PersonalDataExportJob job = jobs.start(customer, "test");
        ready(job);
        String token = job.getDownloadToken();

        assertEquals(Reason.UNKNOWN, assertThrows(MailedLinkRefusedException.class,
                () -> jobs.adminDownload(token.substring(1) + "x")).getReason());
        assertEquals(Reason.UNKNOWN, assertThrows(MailedLinkRefusedException.class,
                () -> jobs.adminDownload(null)).getReason());

        File file = jobs.adminDownload(token);
        assertTrue(file.setLastModified(System.currentTimeMillis() - 49 * 3600000L));
        assertTrue(jobs.purgeExpired() >= 1);
        assertTrue(!file.exists(), "purged after the link validity");
        assertEquals(Reason.EXPIRED, assertThrows(MailedLinkRefusedException.class,
                () -> jobs.adminDownload(token)).getReason());

        PersonalDataExportJob second = jobs.start(customer, "test");
        ready(second);
        customers.jdbc().update("UPDATE CM_MAILED_TOKEN SET EXPIRES = ? WHERE CUSTOMER_ID = ?",
                new Timestamp(System.currentTimeMillis() - 1000L), customer);
        assertEquals(Reason.EXPIRED, assertThrows(MailedLinkRefusedException.class,
                () -> jobs.adminDownload(second.getDownloadToken())).getReason());

        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_ERASED_DATE = ? WHERE CUSTOMER_ID = ?",
                new Timestamp(System.currentTimeMillis()), customer);
        assertThrows(PersonalDataExportRefusedException.class, () -> jobs.start(customer, "test"));
    }

    @Test
    void aShoppersRequestMailsALinkThatOnlyThatCustomerCanUseAndASecondRequestWaits() throws Exception {
        long customer = customers.registered("export-shopper@example.com").getId();
        long other = customers.registered("export-other@example.com").getId();
        final List<CustomerMail> outbox = new CopyOnWriteArrayList<CustomerMail>();
        Object target = jobs instanceof Advised ? ((Advised) jobs).getTargetSource().getTarget() : jobs;
        Object realMailer = ReflectionTestUtils.getField(target, "mailer");
        ReflectionTestUtils.setField(target, "mailer", new CustomerMailer() {
            @Override
            public boolean send(CustomerMail mail) {
                outbox.add(mail);
                return true;
            }
        });
        try {
            assertNull(jobs.lastShopperRequest(customer));
            PersonalDataExportJob job = jobs.request(customer, "https://shop.example/account/personal-data/download");
            ready(job);
            long deadline = System.currentTimeMillis() + 30000L;
            while (outbox.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50L);
            }

            assertEquals(1, outbox.size());
            CustomerMail mail = outbox.get(0);
            assertEquals("export-shopper@example.com", mail.getTo());
            assertEquals(PersonalDataExportJobs.MAIL_TEMPLATE, mail.getTemplate());
            assertEquals(MailKind.PERSONAL_DATA_EXPORT.getType(), mail.getVariables().get(CustomerMail.KIND_VARIABLE));
            String url = String.valueOf(mail.getVariables().get("downloadUrl"));
            assertTrue(url.startsWith("https://shop.example/account/personal-data/download?token="), url);
            String token = url.substring(url.indexOf("?token=") + 7);

            try (ZipFile zip = new ZipFile(jobs.shopperDownload(token, customer))) {
                assertNotNull(zip.getEntry("personal-data.json"));
            }
            assertEquals(Reason.OTHER_ACCOUNT, assertThrows(MailedLinkRefusedException.class,
                    () -> jobs.shopperDownload(token, other)).getReason(), "someone else signed in");
            assertEquals(Reason.UNKNOWN, assertThrows(MailedLinkRefusedException.class,
                    () -> jobs.adminDownload(token)).getReason(), "a shopper's link is no admin link");
            assertEquals(Reason.UNKNOWN, assertThrows(MailedLinkRefusedException.class,
                    () -> jobs.shopperDownload(token.substring(1) + "x", customer)).getReason());

            assertNotNull(jobs.lastShopperRequest(customer));
            PersonalDataExportRefusedException again = assertThrows(PersonalDataExportRefusedException.class,
                    () -> jobs.request(customer, "https://shop.example/x"));
            assertTrue(again.getMessage().contains("less than 24 hours ago"), again.getMessage());
            assertEquals(1, auditService.findRecords(customer, 0, 10).stream().filter(r -> PersonalDataExportJobs
                    .STOREFRONT_CONTEXT.equals(r.getDetail())).count(), "the refused request is not audited");
        } finally {
            ReflectionTestUtils.setField(target, "mailer", realMailer);
            customers.jdbc().update("DELETE FROM CM_MAILED_TOKEN WHERE PURPOSE = ?",
                    PersonalDataExportJobs.SHOPPER_PURPOSE);
        }
    }

    private static void ready(PersonalDataExportJob job) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60000L;
        while (job.getState() == PersonalDataExportJob.State.RUNNING && System.currentTimeMillis() < deadline) {
            Thread.sleep(50L);
        }
        assertEquals(PersonalDataExportJob.State.READY, job.getState());
    }
}
