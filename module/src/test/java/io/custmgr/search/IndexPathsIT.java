package io.custmgr.search;

import io.custmgr.activity.service.ActivityEventDraft;
import io.custmgr.activity.service.ActivityRecorder;
import io.custmgr.activity.type.ActivityEventType;
import io.custmgr.customer.deletion.service.CustomerDeletionService;
import io.custmgr.history.service.PageViewEvent;
import io.custmgr.history.service.PageViewRecorder;
import io.custmgr.merge.service.CustomerMergeService;
import io.custmgr.merge.service.MergeChoices;
import io.custmgr.merge.service.MergeRequest;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.test.BroadleafIntegrationTest;
import io.custmgr.test.CommittedCustomers;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Date;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The paths that change customers without Hibernate seeing it reach the index too: a page view or an activity event
 * from a new IP, a merge
 * (set-based moves), a deletion (set-based deletes).
 */
@BroadleafIntegrationTest
class IndexPathsIT {

    @Resource(name = "cmCustomerSearchService")
    CustomerSearchService searchService;

    @Resource(name = "cmPageViewRecorder")
    PageViewRecorder pageViews;

    @Resource(name = "cmActivityRecorder")
    ActivityRecorder activity;

    @Resource(name = "cmCustomerMergeService")
    CustomerMergeService mergeService;

    @Resource(name = "cmCustomerDeletionService")
    CustomerDeletionService deletionService;

    CommittedCustomers customers;
    Searches search;
    String token;

    @BeforeEach
    void setUp() {
        customers = CommittedCustomers.fromTestContext();
        search = new Searches(searchService);
        token = Long.toString(System.nanoTime(), 36);
    }

    @AfterEach
    void cleanUp() {
        Searches.deleteCustomers(customers, token);
    }

    @Test
    void aPageViewFromANewIpMakesTheCustomerFindableByIt() throws Exception {
        Customer shopper = customers.registered("viewer." + token + "@shop.example");
        search.awaitTotal(1L, "email", token);
        String ip = "198.51.100." + (System.nanoTime() % 200 + 20);
        PageViewEvent view = new PageViewEvent();
        view.setCustomerId(shopper.getId());
        view.setViewTime(new Date());
        view.setHttpMethod("GET");
        view.setUrl("/");
        view.setIpAddress(ip);
        pageViews.record(view);
        search.awaitTotal(1L, "ip", ip, "email", token);
    }

    @Test
    void anActivityEventFromANewIpMakesTheCustomerFindableByIt() throws Exception {
        Customer shopper = customers.registered("actor." + token + "@shop.example");
        search.awaitTotal(1L, "email", token);
        String ip = "203.0.113." + (System.nanoTime() % 200 + 20);
        activity.record(new ActivityEventDraft(ActivityEventType.LOGIN, new Date()).customer(shopper.getId()).ip(ip));
        search.awaitTotal(1L, "ip", ip, "email", token);
    }

    @Test
    void aMergeMarksTheAbsorbedCustomerAndADeletionRemovesTheDocument() throws Exception {
        Customer survivor = customers.registered("survivor." + token + "@shop.example");
        Customer absorbed = customers.registered("absorbed." + token + "@shop.example");
        search.awaitTotal(2L, "email", token, "deactivated", "no");

        mergeService.merge(new MergeRequest(survivor.getId(), absorbed.getId(), MergeChoices.SURVIVOR_WINS,
                absorbed.getEmailAddress()));
        search.awaitTotal(1L, "email", token, "deactivated", "no"); // the absorbed account is deactivated, merged

        deletionService.deleteAll(Collections.singletonList(absorbed.getId()));
        search.awaitTotal(1L, "email", token);
        assertEquals(survivor.getId().longValue(), search.by("email", token).getHits().get(0).getId());
    }
}
