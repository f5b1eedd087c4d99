package io.custmgr.security.password;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.encoding.PlaintextPasswordEncoder;
import org.springframework.security.authentication.encoding.ShaPasswordEncoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpgradingPasswordEncoderTest {

    private static final Long SALT = 4711L;

    private final ShaPasswordEncoder sha = sha256x1024();
    private final UpgradingPasswordEncoder encoder = new UpgradingPasswordEncoder(4, sha);

    @Test
    void newPasswordsAreBcryptAtTheConfiguredCostWithASaltOfTheirOwn() {
        String first = encoder.encodePassword("demo1234", SALT);
        String second = encoder.encodePassword("demo1234", SALT);

        assertTrue(first.startsWith("$2a$04$"), "bcrypt at cost 4");
        assertEquals(60, first.length());
        assertNotEquals(first, second, "a random salt per hash");
        assertTrue(encoder.isPasswordValid(first, "demo1234", SALT));
        assertTrue(encoder.isPasswordValid(second, "demo1234", null), "Broadleaf's salt plays no part");
        assertFalse(encoder.isPasswordValid(first, "demo12345", SALT));
        assertFalse(encoder.isPasswordValid(first, "Demo1234", SALT));
    }

    @Test
    void theDefaultStrengthIsTen() {
        assertEquals(10, UpgradingPasswordEncoder.DEFAULT_STRENGTH);
        assertTrue(new UpgradingPasswordEncoder(UpgradingPasswordEncoder.DEFAULT_STRENGTH, sha)
                .encodePassword("demo1234", null).startsWith("$2a$10$"));
    }

    @Test
    void legacyHashesAreCheckedByTheLegacyEncoderWithTheirSalt() {
        String legacy = sha.encodePassword("demo1234", SALT);

        assertTrue(encoder.isPasswordValid(legacy, "demo1234", SALT));
        assertFalse(encoder.isPasswordValid(legacy, "wrong-password", SALT));
        assertFalse(encoder.isPasswordValid(legacy, "demo1234", 4712L), "another account's salt");
    }

    @Test
    void bcryptHashesOfOtherSystemsAreAccepted() {
        // PHP's password_verify example ($2y$) and a $2b$ hash made by libxcrypt (Python's crypt)
        assertTrue(encoder.isPasswordValid(BcryptHashesTest.PHP_2Y, "rasmuslerdorf", null));
        assertFalse(encoder.isPasswordValid(BcryptHashesTest.PHP_2Y, "rasmuslerdorF", null));
        assertTrue(encoder.isPasswordValid("$2b$05$abcdefghijklmnopqrstuuEXhiyQmRggPHo/Jc2S7y8qHYKiOUBCm",
                "correct horse 1", null));
    }

    @Test
    void aMissingStoredHashOrPasswordNeverMatches() {
        UpgradingPasswordEncoder overPlainText = new UpgradingPasswordEncoder(4, new PlaintextPasswordEncoder());

        assertFalse(overPlainText.isPasswordValid(null, "null", null), "plain text alone would accept this");
        assertFalse(overPlainText.isPasswordValid("", "", null));
        assertFalse(encoder.isPasswordValid(encoder.encodePassword("demo1234", null), null, null));
        assertThrows(IllegalArgumentException.class, () -> encoder.encodePassword(null, null));
    }

    @Test
    void legacyAndCheaperBcryptHashesNeedAnUpgradeCurrentOnesDoNot() {
        UpgradingPasswordEncoder stronger = new UpgradingPasswordEncoder(5, sha);

        assertTrue(encoder.needsUpgrade(sha.encodePassword("demo1234", SALT)));
        assertTrue(encoder.needsUpgrade("demo1234"));
        assertFalse(encoder.needsUpgrade(encoder.encodePassword("demo1234", null)));
        assertTrue(stronger.needsUpgrade(encoder.encodePassword("demo1234", null)));
        assertFalse(encoder.needsUpgrade(stronger.encodePassword("demo1234", null)), "never downgraded");
    }

    @Test
    void resetTokensKeepTheirRepeatableLegacyHashButTheResetsNewPasswordIsBcrypt() {
        Object outer = ResetTokenScope.open("Renewed123");
        try {
            assertEquals(sha.encodePassword("token123", "73616c74"), encoder.encodePassword("token123", "73616c74"));
            assertTrue(encoder.encodePassword("Renewed123", SALT).startsWith("$2a$"));
        } finally {
            ResetTokenScope.close(outer);
        }
        assertTrue(encoder.encodePassword("token123", null).startsWith("$2a$"), "outside a reset: a password");
    }

    @Test
    void theStrengthAndTheLegacyEncoderAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new UpgradingPasswordEncoder(3, sha));
        assertThrows(IllegalArgumentException.class, () -> new UpgradingPasswordEncoder(32, sha));
        assertThrows(IllegalArgumentException.class, () -> new UpgradingPasswordEncoder(10, null));
    }

    static ShaPasswordEncoder sha256x1024() {
        ShaPasswordEncoder sha = new ShaPasswordEncoder(256);
        sha.setIterations(1024);
        return sha;
    }
}
