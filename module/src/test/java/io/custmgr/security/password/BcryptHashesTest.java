package io.custmgr.security.password;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BcryptHashesTest {

    static final String PHP_2Y = "$2y$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq";

    @Test
    void theThreeBcryptPrefixesWithCostAndSixtyCharactersAreBcrypt() {
        assertTrue(BcryptHashes.isBcrypt("$2a$10$abcdefghijklmnopqrstuuEXhiyQmRggPHo/Jc2S7y8qHYKiOUBCm"));
        assertTrue(BcryptHashes.isBcrypt("$2b$05$abcdefghijklmnopqrstuuEXhiyQmRggPHo/Jc2S7y8qHYKiOUBCm"));
        assertTrue(BcryptHashes.isBcrypt(PHP_2Y));
        assertEquals(7, BcryptHashes.cost(PHP_2Y));
    }

    @Test
    void legacyHashesAndBrokenBcryptAreNot() {
        assertFalse(BcryptHashes.isBcrypt(null));
        assertFalse(BcryptHashes.isBcrypt(""));
        assertFalse(BcryptHashes.isBcrypt("demo1234"));
        assertFalse(BcryptHashes.isBcrypt("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"));
        assertFalse(BcryptHashes.isBcrypt("$2x$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq"));
        assertFalse(BcryptHashes.isBcrypt(PHP_2Y.substring(0, 59)), "one character short");
        assertFalse(BcryptHashes.isBcrypt(PHP_2Y + "x"));
        assertEquals(-1, BcryptHashes.cost("demo1234"));
    }

    @Test
    void jbcryptReadsTheLaterPrefixesAsItsOwn() {
        assertEquals("$2a$07$BCryptRequires22Chrcte/VlQH0piJtjXl.0t1XkA8pw9dMXTpOq", BcryptHashes.forJbcrypt(PHP_2Y));
        String own = "$2a$10$abcdefghijklmnopqrstuuEXhiyQmRggPHo/Jc2S7y8qHYKiOUBCm";
        assertEquals(own, BcryptHashes.forJbcrypt(own));
    }
}
