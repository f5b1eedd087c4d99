package io.custmgr.customer.payment.service;

import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentMaskTest {

    @Test
    void lastFourKeepsOnlyTheLastFourDigitsOfWhateverWasStored() {
        assertEquals("4242", PaymentMask.lastFour(fields("LAST_FOUR", "4242")));
        assertEquals("1111", PaymentMask.lastFour(fields("LAST_FOUR", "4111-1111-1111-1111")));
        assertEquals("0005", PaymentMask.lastFour(fields("LAST_FOUR", "xxxx0005")));
        assertNull(PaymentMask.lastFour(fields("LAST_FOUR", "42")), "fewer than four digits say nothing");
        assertNull(PaymentMask.lastFour(fields()));
    }

    @Test
    void typeIsReadableTextOnly() {
        assertEquals("Visa", PaymentMask.type(fields("CARD_TYPE", "VISA")));
        assertEquals("Credit card", PaymentMask.type(fields("PAYMENT_TYPE", "CREDIT_CARD")));
        assertEquals("Mastercard", PaymentMask.type(fields("CARD_TYPE", "MasterCard", "PAYMENT_TYPE", "CREDIT_CARD")));
        assertEquals("Scriptalert1script", PaymentMask.type(fields("CARD_TYPE", "<script>alert(1)</script>")));
        assertEquals("Saved payment", PaymentMask.type(fields("CARD_TYPE", "<>")));
        assertEquals(30, PaymentMask.type(fields("CARD_TYPE", StringUtils.repeat("x", 10000))).length());
    }

    @Test
    void expiryReadsTheFormsGatewaysStore() {
        assertEquals("08/2029", CardExpiry.parse("08/29").toString());
        assertEquals("08/2029", CardExpiry.parse("8/2029").toString());
        assertEquals("08/2029", CardExpiry.parse("0829").toString());
        assertEquals("08/2029", CardExpiry.parse("2029-08").toString());
        assertEquals("01/2025", PaymentMask.expiry(fields("EXP_MONTH", "1", "EXP_YEAR", "2025")).toString());
        assertNull(CardExpiry.parse("13/29"));
        assertNull(CardExpiry.parse("tomorrow"));
        assertNull(CardExpiry.parse(StringUtils.repeat("1", 100)));
        assertNull(PaymentMask.expiry(fields("EXP_MONTH", "x", "EXP_YEAR", "2025")));
    }

    @Test
    void aCardIsGoodThroughTheLastDayOfItsMonth() {
        CardExpiry august = CardExpiry.parse("08/29");
        assertFalse(august.isExpired(utc("2029-08-31T23:59:59Z")));
        assertTrue(august.isExpired(utc("2029-09-01T00:00:00Z")));
    }

    private static java.util.Date utc(String instant) {
        return java.util.Date.from(java.time.Instant.parse(instant));
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
