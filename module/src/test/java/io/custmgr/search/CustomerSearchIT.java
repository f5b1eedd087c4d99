package io.custmgr.search;

import io.custmgr.common.change.CustomerChanges;
import io.custmgr.search.index.CustomerIndexService;
import io.custmgr.search.index.IndexCheck;
import io.custmgr.search.query.CustomerSearchCriteria;
import io.custmgr.search.query.CustomerSearchParser;
import io.custmgr.search.query.CustomerSearchResult;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.search.query.CustomerSearchServiceImpl;
import io.custmgr.search.query.SqlCustomerSearch;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.impl.HttpSolrServer;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer index on a real Solr - the embedded core, and in the Failsafe execution solrcloud-it a SolrCloud
 * collection of two shards - kept up to date from committed changes (Hibernate and SQL paths), searched by the fields
 * merchants use, and checked against the database.
 */
@BroadleafIntegrationTest
class CustomerSearchIT {

    @Resource(name = "cmCustomerSearchService")
    CustomerSearchService search;

    @Resource(name = "cmCustomerIndexService")
    CustomerIndexService index;

    @Resource(name = "cmCustomerSolrServer")
    SolrServer solr;

    @Resource(name = "cmNamedJdbcTemplate")
    NamedParameterJdbcTemplate named;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    CommittedCustomers customers;
    String token;

    @BeforeEach
    void setUp() {
        customers = new CommittedCustomers(transactionManager, customerService, orderService);
        token = Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void cleanUp() {
        Searches.deleteCustomers(customers, token); // their documents go too
    }

    @Test
    void findsACustomerByNameIgnoringCaseAndAccentsAndByEmailFragment() throws Exception {
        Customer jose = customers.registered("jose.muller." + token + "@shop.example");
        rename(jose.getId(), "José", "Müller");

        CustomerSearchResult byName = awaitTotal(1L, "name", "JOSE MULL", "email", token);
        assertEquals(jose.getId().longValue(), byName.getHits().get(0).getId());
        assertEquals("José", byName.getHits().get(0).getFirstName(), "shown as typed");
        assertEquals(1L, searchBy("email", "muller." + token + "@sho").getTotal(), "an e-mail fragment by prefix");
        assertEquals(1L, searchBy("q", "müller " + token).getTotal(), "free text across fields");
        assertEquals(0L, searchBy("name", "Josephine", "email", token).getTotal());
    }

    @Test
    void findsByPhoneReadOutZipIpDateOfBirthAndMonthAndDay() throws Exception {
        Customer anne = customers.registered("anne." + token + "@shop.example");
        customers.jdbc().update("UPDATE BLC_CUSTOMER SET CM_PHONE = ?, CM_REGISTRATION_IP = ?, CM_DATE_OF_BIRTH = ?,"
                + " CM_COMPANY = ? WHERE CUSTOMER_ID = ?", "+1 (555) 010-4477", "203.0.113.77",
                java.sql.Date.valueOf("1984-04-17"), "Acme Söhne", anne.getId());
        CustomerChanges.afterCommit(anne.getId()); // plain SQL: announced, as the module's SQL paths do

        awaitTotal(1L, "phone", "555 010 4477", "email", token);
        assertEquals(1L, searchBy("ip", "203.0.113.77", "email", token).getTotal());
        assertEquals(1L, searchBy("ip", "203.0.113.", "email", token).getTotal(), "an IP by its beginning");
        assertEquals(1L, searchBy("birthMonthDay", "04-17", "email", token).getTotal());
        assertEquals(1L, searchBy("birthDate", "1984-04-17", "email", token).getTotal());
        assertEquals(1L, searchBy("birthFrom", "1984-01-01", "birthTo", "1984-12-31", "email", token).getTotal());
        assertEquals(0L, searchBy("birthFrom", "1985-01-01", "email", token).getTotal());
        assertEquals(1L, searchBy("company", "acme sohne", "email", token).getTotal());
    }

    @Test
    void aRolledBackChangeReachesNothing() throws Exception {
        final Customer kept = customers.registered("kept." + token + "@shop.example");
        rename(kept.getId(), "Original", "Name");
        awaitTotal(1L, "name", "original", "email", token);
        customers.inTransaction(new TransactionCallback<Object>() {
            @Override
            public Object doInTransaction(TransactionStatus status) {
                Customer customer = customerService.readCustomerById(kept.getId());
                customer.setFirstName("Rolledback");
                customerService.saveCustomer(customer, false);
                status.setRollbackOnly();
                return null;
            }
        });
        Customer later = customers.registered("later." + token + "@shop.example");
        rename(later.getId(), "Later", "Change");
        awaitTotal(1L, "name", "later", "email", token); // a change committed after the rollback is in
        assertEquals(0L, searchBy("name", "rolledback", "email", token).getTotal());
        assertEquals(1L, searchBy("name", "original", "email", token).getTotal());
    }

    @Test
    void solrSyntaxAndBadValuesAreJustTextOrFieldMessages() {
        CustomerSearchParser.Parsed bad = parse("registeredFrom", "2024-02-30", "birthFrom", "2000-01-01",
                "birthTo", "1999-01-01", "spentMin", "-5");
        assertEquals("Enter a date as YYYY-MM-DD.", bad.getErrors().get("registeredFrom"));
        assertEquals("Must not be before the \"from\" date.", bad.getErrors().get("birthTo"));
        assertTrue(bad.getErrors().containsKey("spentMin"));
        assertEquals(0L, searchBy("name", "*:* OR id:[* TO *]", "email", "\"" + token).getTotal());
        assertEquals(0L, searchBy("q", "(((" + token + " AND", "company", "\\").getTotal());
    }

    @Test
    void pagesThroughEveryMatchingIdForExports() throws Exception {
        List<Long> created = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            created.add(customers.registered("page" + i + "." + token + "@shop.example").getId());
        }
        awaitTotal(5L, "email", token);
        CustomerSearchCriteria criteria = parse("email", token).getCriteria();
        List<Long> paged = new ArrayList<Long>();
        for (List<Long> batch = search.matchingIdsAfter(criteria, 0L, 2); !batch.isEmpty();
                batch = search.matchingIdsAfter(criteria, batch.get(batch.size() - 1), 2)) {
            paged.addAll(batch);
        }
        Collections.sort(created);
        assertEquals(created, paged);
        assertEquals(5L, search.countMatching(criteria), "the total an export of all matching starts with");
    }

    @Test
    void theCheckFindsAMissingDocumentAndRepairsIt() throws Exception {
        Customer lost = customers.registered("lost." + token + "@shop.example");
        awaitTotal(1L, "email", token);
        solr.deleteById(Long.toString(lost.getId()));
        solr.commit();
        IndexCheck check = index.check(true);
        assertTrue(check.getMissing() >= 1L);
        assertTrue(check.getMissingExamples().contains(lost.getId()) || check.getMissing() > 20);
        awaitTotal(1L, "email", token);
    }

    @Test
    void whenTheIndexIsDownTheDatabaseAnswersTheBasicFields() {
        Customer plain = customers.registered("fallback." + token + "@shop.example");
        HttpSolrServer down = new HttpSolrServer("http://127.0.0.1:9/solr/customers");
        CustomerSearchResult result = new CustomerSearchServiceImpl(down, new SqlCustomerSearch(named))
                .search(parse("email", "FALLBACK." + token).getCriteria());
        down.shutdown();
        assertFalse(result.isFromIndex());
        assertEquals(1L, result.getTotal());
        assertEquals(plain.getId().longValue(), result.getHits().get(0).getId());
    }

    private void rename(final Long id, final String first, final String last) {
        customers.inTransaction(new Runnable() {
            @Override
            public void run() {
                Customer customer = customerService.readCustomerById(id);
                customer.setFirstName(first);
                customer.setLastName(last);
                customerService.saveCustomer(customer, false);
            }
        });
    }

    private CustomerSearchResult awaitTotal(long total, String... params) throws InterruptedException {
        return new Searches(search).awaitTotal(total, params);
    }

    private CustomerSearchResult searchBy(String... params) {
        return new Searches(search).by(params);
    }

    static CustomerSearchParser.Parsed parse(String... params) {
        return Searches.parse(params);
    }
}
