package io.custmgr.disposable.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisposableDomainNamesTest {

    @Test
    void normalizesCaseSpacesAndStrayDots() {
        assertEquals("mailinator.com", DisposableDomainNames.normalize("  @MailInator.COM. "));
        assertEquals("mailinator.com", DisposableDomainNames.normalize(".mailinator.com"));
    }

    @Test
    void theDomainOfAnAddressIsAfterItsLastAt() {
        assertEquals("yopmail.com", DisposableDomainNames.domainOf("\"a@b\"@YOPmail.com"));
        assertEquals("yopmail.com", DisposableDomainNames.domainOf("yopmail.com"));
    }

    @Test
    void parentsStopBeforeTheTopLevelDomain() {
        assertEquals(Arrays.asList("a.b.example.com", "b.example.com", "example.com"),
                DisposableDomainNames.withParents("a.b.example.com"));
        assertEquals(Collections.<String>emptyList(), DisposableDomainNames.withParents("com"));
    }

    @Test
    void acceptsHostNamesOnly() {
        assertTrue(DisposableDomainNames.isValid("mail-temp.example.co.uk"));
        assertTrue(DisposableDomainNames.isValid("xn--mller-kva.de"));
        assertFalse(DisposableDomainNames.isValid("localhost"));
        assertFalse(DisposableDomainNames.isValid("-bad.com"));
        assertFalse(DisposableDomainNames.isValid("bad-.com"));
        assertFalse(DisposableDomainNames.isValid("a..com"));
        assertFalse(DisposableDomainNames.isValid("under_score.com"));
        assertFalse(DisposableDomainNames.isValid("per%cent.com"));
        assertFalse(DisposableDomainNames.isValid("a@b.com"));
        assertFalse(DisposableDomainNames.isValid(""));
    }
}
