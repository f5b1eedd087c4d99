package io.custmgr.message.service;

import io.custmgr.message.domain.MessageLimits;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageInputTest {

    @Test
    void aSubjectWithALineBreakIsRefusedSoNoHeaderCanBeAdded() {
        for (String subject : Arrays.asList("Hello\r\nBcc: all@example.com", "Hello\nBcc: x", "Hello\rX", "Tab\there",
                "Null\u0000", "Line\u2028separator")) {
            assertEquals(MessageInput.CONTROL_CHARACTERS, MessageInput.check(subject, "body", "k").get("subject"),
                    subject);
        }
    }

    @Test
    void blankOversizedAndMissingKeyAreEachAFieldError() {
        Map<String, String> errors = MessageInput.check(" ", repeat('x', MessageLimits.BODY_LENGTH + 1), null);

        assertEquals(MessageInput.REQUIRED, errors.get(MessageInput.SUBJECT));
        assertEquals(MessageInput.TOO_LONG, errors.get(MessageInput.BODY));
        assertEquals(MessageInput.REQUIRED, errors.get(MessageInput.REQUEST_KEY));
        assertEquals(MessageInput.TOO_LONG,
                MessageInput.check(repeat('s', MessageLimits.SUBJECT_LENGTH + 1), "b", "k").get("subject"));
    }

    @Test
    void aBodyMayHaveLinesAndMarkupItIsTextToBeEscapedWhereShown() {
        assertTrue(MessageInput.check("Your order", "Line 1\r\nLine 2\n<script>alert(1)</script>", "k").isEmpty());
        assertTrue(MessageInput.check("S", repeat('b', MessageLimits.BODY_LENGTH), "k").isEmpty(), "at the limit");
    }

    @Test
    void requireThrowsEveryError() {
        InvalidMessageException refused = assertThrows(InvalidMessageException.class,
                () -> MessageInput.require(null, null, "k"));
        assertEquals(Arrays.asList("subject", "body"), Arrays.asList(refused.getErrors().keySet().toArray()));
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }
}
