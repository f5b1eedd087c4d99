package io.custmgr.maillog.service;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailSecretsTest {

    private final MailSecrets secrets = MailSecrets.of("token, resetPasswordUrl,claimUrl");

    @Test
    void aLinksTokenIsMaskedAndTheRestOfTheLinkStaysReadable() {
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("claimUrl", "https://shop.example/account/claim?token=0123456789abcdef&x=1");
        String content = "<a href=\"https://shop.example/account/claim?token=0123456789abcdef&amp;x=1\">Claim</a>";

        String masked = MailSecrets.mask(content, secrets.find(variables));

        assertFalse(masked.contains("0123456789abcdef"), masked);
        assertTrue(masked.contains("https://shop.example/account/claim?token=" + MailSecrets.MASK), masked);
    }

    @Test
    void aBareTokenVariableIsMaskedWholeWhereverTheContentShowsIt() {
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("token", "a1b2c3d4e5f6-7a7a7a");
        variables.put("resetPasswordUrl", "/reset?token=a1b2c3d4e5f6-7a7a7a");

        List<String> found = secrets.find(variables);

        assertEquals(Collections.singletonList("a1b2c3d4e5f6-7a7a7a"), found, "one secret, found twice");
        assertEquals("Your code: " + MailSecrets.MASK, MailSecrets.mask("Your code: a1b2c3d4e5f6-7a7a7a", found));
    }

    @Test
    void unknownVariablesShortValuesAndLinksWithoutTokensAreLeftAlone() {
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("orderNumber", "DEMO-12345678");
        variables.put("token", "short");
        variables.put("claimUrl", "https://shop.example/account/orders/DEMO-12345678");

        assertTrue(secrets.find(variables).isEmpty());
        assertEquals("same", MailSecrets.mask("same", secrets.find(variables)));
    }

    @Test
    void longerSecretsAreMaskedBeforeTheirParts() {
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("token", "abcdefgh");
        variables.put("claimUrl", "/c?token=abcdefgh12345678");

        assertEquals(Arrays.asList("abcdefgh12345678", "abcdefgh"), secrets.find(variables));
    }
}
