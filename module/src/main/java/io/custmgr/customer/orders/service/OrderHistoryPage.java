package io.custmgr.customer.orders.service;

import java.util.Collections;
import java.util.List;

/** One page of a customer's placed orders, newest submitted first, with how many match the filter in all. */
public class OrderHistoryPage {

    private final List<OrderHistoryRow> rows;
    private final long totalMatching;
    private final int page;
    private final int pageSize;

    public OrderHistoryPage(List<OrderHistoryRow> rows, long totalMatching, int page, int pageSize) {
        this.rows = Collections.unmodifiableList(rows);
        this.totalMatching = totalMatching;
        this.page = page;
        this.pageSize = pageSize;
    }

    public List<OrderHistoryRow> getRows() {
        return rows;
    }

    public long getTotalMatching() {
        return totalMatching;
    }

    /** 0-based; the last page when the one asked for was beyond it. */
    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return pageSize;
    }

    public int getLastPage() {
        return (int) Math.max(0, (totalMatching - 1) / pageSize);
    }
}
