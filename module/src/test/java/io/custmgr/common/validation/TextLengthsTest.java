package io.custmgr.common.validation;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLengthsTest {

    @Test
    void aValueAtTheLimitPassesAndOneBeyondIsRejectedNamingTheLimit() {
        Errors errors = new BeanPropertyBindingResult(new Named(), "form");

        assertFalse(TextLengths.rejectIfTooLong(errors, "name", repeat(5), 5));
        assertFalse(TextLengths.rejectIfTooLong(errors, "name", null, 5));
        assertTrue(TextLengths.rejectIfTooLong(errors, "name", repeat(6), 5));

        assertEquals(1, errors.getErrorCount());
        assertEquals(TextLengths.TOO_LONG, errors.getFieldError("name").getCode());
        assertArrayEquals(new Object[] {5}, errors.getFieldError("name").getArguments());
        assertEquals("At most 5 characters", errors.getFieldError("name").getDefaultMessage());
    }

    @Test
    void blanksCountBecauseSomeFormsStoreWhatWasTyped() {
        assertTrue(TextLengths.isTooLong(" " + repeat(5), 5));
    }

    private static String repeat(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append('x');
        }
        return text.toString();
    }

    static class Named {
        private String name;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }
}
