package io.custmgr.admin.web.search;

import io.custmgr.search.export.ExportColumn;
import io.custmgr.search.export.ExportFormat;
import io.custmgr.search.export.SelectedIds;
import io.custmgr.search.query.CustomerSearchCriteria;
import io.custmgr.search.query.CustomerSearchParser;
import io.custmgr.search.query.CustomerSearchService;
import io.custmgr.search.query.SearchIdSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Reads the export form: the format, the columns, and either the ticked customers or every customer the search (the
 * same parameters as the page) matches. Anything it cannot use is an {@link IllegalArgumentException} whose message
 * the page shows.
 */
@Component("cmExportScopes")
public class ExportScopes {

    static final int MAX_SELECTED = 1000;

    @Resource(name = "cmCustomerSearchService")
    protected CustomerSearchService searchService;

    public ExportScope scope(Map<String, String[]> params) {
        ExportFormat format = ExportFormat.fromKey(first(params, "format"));
        if (format == null) {
            throw new IllegalArgumentException("Choose a file format.");
        }
        List<ExportColumn> columns = new ArrayList<ExportColumn>();
        for (String key : values(params, "column")) {
            ExportColumn column = ExportColumn.fromKey(key);
            if (column != null && !columns.contains(column)) {
                columns.add(column);
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one column.");
        }
        String what = format.getKey().toUpperCase(java.util.Locale.ROOT) + "; columns: " + keys(columns);
        if ("true".equals(first(params, "all"))) {
            return allMatching(params, format, columns, what);
        }
        Set<Long> ids = new LinkedHashSet<Long>();
        for (String id : values(params, "id")) {
            if (!id.matches("\\d{1,18}")) {
                throw new IllegalArgumentException("The selection is not valid; search again and tick the customers.");
            }
            ids.add(Long.valueOf(id));
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Tick the customers to export, or \"Select all matching\".");
        }
        if (ids.size() > MAX_SELECTED) {
            throw new IllegalArgumentException("At most " + MAX_SELECTED + " ticked customers; use \"Select all matching\".");
        }
        return new ExportScope(new SelectedIds(ids), ids.size(), format, columns, what + "; selected: " + ids.size());
    }

    private ExportScope allMatching(Map<String, String[]> params, ExportFormat format, List<ExportColumn> columns,
            String what) {
        CustomerSearchParser.Parsed parsed = CustomerSearchParser.parse(params);
        if (parsed.hasErrors()) {
            throw new IllegalArgumentException("Correct the search fields first.");
        }
        CustomerSearchCriteria criteria = parsed.getCriteria();
        long total;
        try {
            total = searchService.countMatching(criteria);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("The search index is unavailable: export the ticked customers, or try"
                    + " \"Select all matching\" again when the index is back.");
        }
        String search = new SearchUrl("", params).current();
        return new ExportScope(new SearchIdSource(searchService, criteria), total, format, columns,
                what + "; all matching: " + total + "; search: " + (search.isEmpty() ? "(all customers)"
                        : search.substring(1)));
    }

    private static String keys(List<ExportColumn> columns) {
        StringBuilder keys = new StringBuilder();
        for (ExportColumn column : columns) {
            keys.append(keys.length() == 0 ? "" : ",").append(column.getKey());
        }
        return keys.toString();
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static List<String> values(Map<String, String[]> params, String name) {
        List<String> values = new ArrayList<String>();
        String[] raw = params.get(name);
        if (raw != null) {
            for (String value : raw) {
                if (value != null && !value.trim().isEmpty()) {
                    values.add(value.trim());
                }
            }
        }
        return values;
    }
}
