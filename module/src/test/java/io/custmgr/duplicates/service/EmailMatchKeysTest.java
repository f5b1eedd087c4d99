package io.custmgr.duplicates.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmailMatchKeysTest {

    private final EmailMatchKeys keys = new EmailMatchKeys("gmail.com, Outlook.com,icloud.com", "gmail.com",
            "googlemail.com=gmail.com", "guest.custmgr.invalid");

    @Test
    void lowerCasesAndTrimsEveryAddress() {
        assertEquals("jane.doe@example.com", keys.key("  Jane.Doe@Example.COM\t"));
    }

    @Test
    void gmailIgnoresDotsAndTagsAndGooglemailIsGmail() {
        assertEquals("johndoe@gmail.com", keys.key("John.Doe+shopping@gmail.com"));
        assertEquals("johndoe@gmail.com", keys.key("j.o.h.n.d.o.e@GoogleMail.com"));
        assertEquals("johndoe@gmail.com", keys.key("johndoe+a+b@googlemail.com"));
    }

    @Test
    void tagOnlyProvidersKeepTheirDots() {
        assertEquals("a.b@outlook.com", keys.key("A.B+news@outlook.com"));
        assertEquals("a.b@icloud.com", keys.key("a.b+x@icloud.com"));
    }

    @Test
    void unknownProvidersKeepDotsAndPlusSigns() {
        assertEquals("a.b+c@example.com", keys.key("a.b+c@example.com"));
    }

    @Test
    void theLastAtSignSplitsTheAddress() {
        assertEquals("\"a@b\"@example.com", keys.key("\"a@b\"@example.com"));
    }

    @Test
    void blankMalformedTagOnlyAndGuestAddressesHaveNoKey() {
        assertNull(keys.key(null));
        assertNull(keys.key("   "));
        assertNull(keys.key("no-at-sign"));
        assertNull(keys.key("@example.com"));
        assertNull(keys.key("someone@"));
        assertNull(keys.key("+tag@gmail.com"));
        assertNull(keys.key("..@gmail.com"));
        assertNull(keys.key("guest-42@Guest.Custmgr.Invalid"));
    }

    @Test
    void aliasesMustBeWrittenAliasEqualsDomain() {
        assertThrows(IllegalArgumentException.class, () -> new EmailMatchKeys("", "", "googlemail.com", null));
    }
}
