package io.custmgr.admin.common;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FlagWordsTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final FlagWords words = new FlagWords(messages, Locale.ENGLISH);

    FlagWordsTest() {
        messages.addMessage("Yes", Locale.ENGLISH, "Yes");
        messages.addMessage("No", Locale.ENGLISH, "No");
        messages.addMessage("GuestProfile_Guest_true", Locale.ENGLISH, "Guest");
        messages.addMessage("GuestProfile_Guest_false", Locale.ENGLISH, "Account");
    }

    @Test
    void aFlagWithoutWordsOfItsOwnReadsYesOrNo() {
        assertEquals("Yes", words.word("CustomerProfile_TaxExempt", "true"));
        assertEquals("No", words.word("CustomerProfile_TaxExempt", "FALSE"));
    }

    @Test
    void aFlagWithWordsOfItsOwnReadsThem() {
        assertEquals("Guest", words.word("GuestProfile_Guest", "true"));
        assertEquals("Account", words.word("GuestProfile_Guest", "false"));
    }

    @Test
    void noValueOrAnotherValueHasNoWord() {
        assertNull(words.word("CustomerProfile_TaxExempt", null));
        assertNull(words.word("CustomerProfile_TaxExempt", ""));
        assertNull(words.word("CustomerProfile_TaxExempt", "maybe"));
    }

    @Test
    void withoutMessagesTheWordsAreEnglish() {
        FlagWords english = new FlagWords(null, null);
        assertEquals("Yes", english.word("GuestProfile_Guest", "true"));
        assertEquals("No", english.word(null, "false"));
    }
}
