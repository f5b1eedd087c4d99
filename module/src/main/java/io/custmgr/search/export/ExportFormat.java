package io.custmgr.search.export;

/** The file formats of a customer export, with what an HTTP download of one needs. */
public enum ExportFormat {
    /** RFC 4180, UTF-8 with a byte order mark (so Excel reads accents right), formula-like text neutralised. */
    CSV("csv", "text/csv; charset=UTF-8", "csv"),
    /** Excel workbook, written streaming; real number and date cells, formula-like text neutralised. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** One {@code <customer>} element per customer, a child element per column named by its key. */
    XML("xml", "application/xml; charset=UTF-8", "xml"),
    /** A complete, printable HTML page with one table; every value escaped. */
    HTML("html", "text/html; charset=UTF-8", "html");

    private final String key;
    private final String contentType;
    private final String extension;

    ExportFormat(String key, String contentType, String extension) {
        this.key = key;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** @return the stable lower-case name used in URLs */
    public String getKey() {
        return key;
    }

    public String getContentType() {
        return contentType;
    }

    /** @return the file name extension, without the dot */
    public String getExtension() {
        return extension;
    }

    /** @return the format with this key (case-insensitive), or null for an unknown or null key */
    /** @return the download's file name for an export made at {@code at}, e.g. customers-20261206-0915.csv */
    public String fileName(java.util.Date at) {
        return "customers-" + new java.text.SimpleDateFormat("yyyyMMdd-HHmm", java.util.Locale.ROOT).format(at) + "."
                + extension;
    }

    public static ExportFormat fromKey(String key) {
        for (ExportFormat format : values()) {
            if (format.key.equalsIgnoreCase(key)) {
                return format;
            }
        }
        return null;
    }
}
