package io.custmgr.admin.web.search;

import io.custmgr.search.export.CustomerIdSource;
import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;

import java.util.List;

/** What one export covers: its customers, how many are expected, the format, the columns, and how to describe it. */
public class ExportScope {

    private final CustomerIdSource ids;
    private final long expectedRows;
    private final ExportFormat format;
    private final List<ExportColumn> columns;
    private final String description;

    ExportScope(CustomerIdSource ids, long expectedRows, ExportFormat format, List<ExportColumn> columns,
            String description) {
        this.ids = ids;
        this.expectedRows = expectedRows;
        this.format = format;
        this.columns = columns;
        this.description = description;
    }

    public CustomerIdSource getIds() {
        return ids;
    }

    public long getExpectedRows() {
        return expectedRows;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public List<ExportColumn> getColumns() {
        return columns;
    }

    /** @return for the audit record: the format, the columns, selected or all matching, and the search */
    public String describe() {
        return description;
    }
}
