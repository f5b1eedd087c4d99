package io.custmgr.disposable.service;

import io.custmgr.disposable.domain.DisposableDomain;
import io.custmgr.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped list as loaded at start-up, the merchant's changes and the loader's memory; rolled back. */
@BroadleafIntegrationTest
@Transactional
class DisposableDomainServiceIT {

    @Resource(name = "cmDisposableDomainService")
    DisposableDomainService domainService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void theShippedListIsLoadedAtStartUp() {
        Number listed = (Number) em.createNativeQuery("SELECT COUNT(*) FROM CM_DISPOSABLE_DOMAIN "
                + "WHERE SOURCE = 'LIST' AND ADDED_BY = 'system'").getSingleResult();
        Number shipped = (Number) em.createNativeQuery("SELECT COUNT(*) FROM CM_DISPOSABLE_DOMAIN_SHIPPED")
                .getSingleResult();
        assertTrue(listed.intValue() >= 500, "listed: " + listed);
        assertEquals(shipped.intValue(), listed.intValue());
        assertTrue(domainService.isDisposable("bot@mailinator.com"));
    }

    @Test
    void subdomainsOfAListedDomainCountButLookAlikesDoNot() {
        assertTrue(domainService.isDisposable("x@Mail.YOPMAIL.com"));
        assertTrue(domainService.isDisposable("yopmail.com"));
        assertFalse(domainService.isDisposable("x@myyopmail.com"));
        assertFalse(domainService.isDisposable("x@yopmail.com.example.org"));
        assertFalse(domainService.isDisposable("customer@example.com"));
        assertFalse(domainService.isDisposable(null));
        assertFalse(domainService.isDisposable("  "));
    }

    @Test
    void aMerchantsDomainCountsAtOnce() {
        assertFalse(domainService.isDisposable("a@throwaway.example"));
        DisposableDomain added = domainService.add("  Throwaway.EXAMPLE ");

        assertEquals("throwaway.example", added.getDomain());
        assertEquals(DisposableDomain.SOURCE_MERCHANT, added.getSource());
        assertEquals("system", added.getAddedBy());
        assertTrue(domainService.isDisposable("a@throwaway.example"));
        assertEquals(added.getId(), domainService.add("throwaway.example").getId());
        assertEquals(DisposableDomainService.DOMAIN_TAKEN, domainService.checkDomain("THROWAWAY.example", null));
        assertNull(domainService.checkDomain("throwaway.example", added.getId()));
    }

    @Test
    void anInvalidDomainIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> domainService.add("not a domain"));
        assertEquals(DisposableDomainService.DOMAIN_INVALID, domainService.checkDomain("under_score.com", null));
        assertNull(domainService.checkDomain("", null));
    }

    @Test
    void aShippedDomainTheMerchantDeletedIsNotLoadedAgain() {
        DisposableDomain yopmail = byName("yopmail.com");
        assertTrue(domainService.remove(yopmail.getId()));
        assertFalse(domainService.isDisposable("x@yopmail.com"));

        assertEquals(0, domainService.loadShipped(Arrays.asList("yopmail.com", "mailinator.com")));
        assertFalse(domainService.isDisposable("x@yopmail.com"));
        assertNull(byName("yopmail.com"));
    }

    @Test
    void aNewerListAddsOnlyItsNewDomainsOnce() {
        assertEquals(1, domainService.loadShipped(Arrays.asList("mailinator.com", "new-throwaway.example", "bad_one")));
        assertTrue(domainService.isDisposable("x@new-throwaway.example"));
        assertEquals(DisposableDomain.SOURCE_LIST, byName("new-throwaway.example").getSource());

        domainService.remove(byName("new-throwaway.example").getId());
        assertEquals(0, domainService.loadShipped(Arrays.asList("new-throwaway.example")));
        assertFalse(domainService.isDisposable("x@new-throwaway.example"));
    }

    @Test
    void aShippedDomainTheMerchantHadAddedBeforeIsKeptAsTheMerchants() {
        domainService.add("merchant-first.example");
        assertEquals(0, domainService.loadShipped(Arrays.asList("merchant-first.example")));
        assertEquals(DisposableDomain.SOURCE_MERCHANT, byName("merchant-first.example").getSource());
    }

    @Test
    void theDocumentedSqlMatchesDomainsAndSubdomains() {
        domainService.add("sqltest.example");
        String[] emails = {"a@sqltest.example", "b@x.sqltest.example", "c@notsqltest.example", "d@sqltest.example.org",
                "E@SQLTEST.EXAMPLE"};
        int matched = 0;
        for (String email : emails) {
            Number hits = (Number) em.createNativeQuery("SELECT COUNT(*) FROM CM_DISPOSABLE_DOMAIN d WHERE "
                    + "LOWER(?) LIKE CONCAT('%@', d.DOMAIN) OR LOWER(?) LIKE CONCAT('%.', d.DOMAIN)")
                    .setParameter(1, email).setParameter(2, email).getSingleResult();
            matched += hits.intValue() > 0 ? 1 : 0;
            assertEquals(domainService.isDisposable(email), hits.intValue() > 0, email);
        }
        assertEquals(3, matched);
    }

    private DisposableDomain byName(String domain) {
        List<DisposableDomain> all = domainService.findAll();
        for (DisposableDomain entry : all) {
            if (entry.getDomain().equals(domain)) {
                return entry;
            }
        }
        return null;
    }
}
