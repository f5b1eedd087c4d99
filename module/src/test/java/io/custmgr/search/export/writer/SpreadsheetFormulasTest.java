package io.custmgr.search.export.writer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpreadsheetFormulasTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+41 44 000", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "=", "-"})
    void textThatWouldStartAFormulaGetsALeadingQuote(String text) {
        assertEquals("'" + text, SpreadsheetFormulas.neutralise(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna", "a=b", " =1+1", "'=1", "12", "5-3", "Zoë", "\n=1"})
    void otherTextStaysAsItIs(String text) {
        assertEquals(text, SpreadsheetFormulas.neutralise(text));
    }

    @Test
    void emptyAndNullStayAsTheyAre() {
        assertEquals("", SpreadsheetFormulas.neutralise(""));
        assertNull(SpreadsheetFormulas.neutralise(null));
    }
}
