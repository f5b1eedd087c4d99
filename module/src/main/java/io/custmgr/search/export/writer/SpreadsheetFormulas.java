package io.custmgr.search.export.writer;

/**
 * Keeps a spreadsheet from running exported text as a formula (CSV injection): text a shopper controls (a name, a
 * company) that starts with {@code = + - @}, a tab or a carriage return gets a leading single quote, which spreadsheets
 * take as "this is text". Only for text values: numbers of numeric columns are written as numbers, negative ones too.
 */
public final class SpreadsheetFormulas {

    /** First characters that make Excel, LibreOffice or Google Sheets read a value as a formula. */
    static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetFormulas() {
    }

    /** @return the text, with a single quote in front when it would start a formula; null stays null */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
