package io.custmgr.history.service;

import io.custmgr.history.dao.PageViewDao;
import io.custmgr.history.dao.PageViewRow;
import io.custmgr.history.domain.PageView;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Test helper: a {@link PageViewDao} that forwards every call, for overriding one method. */
class ForwardingPageViewDao implements PageViewDao {

    private final PageViewDao target;

    ForwardingPageViewDao(PageViewDao target) {
        this.target = target;
    }

    @Override
    public long allocateIds(int count) {
        return target.allocateIds(count);
    }

    @Override
    public void insert(List<PageViewRow> rows) {
        target.insert(rows);
    }

    @Override
    public List<long[]> readRecentViews(Collection<Long> customerIds, Date from, Date to) {
        return target.readRecentViews(customerIds, from, to);
    }

    @Override
    public List<long[]> readLatestViews(Collection<Long> customerIds, Date from, Date to) {
        return target.readLatestViews(customerIds, from, to);
    }

    @Override
    public void updateTimeOnPage(Map<Long, Long> timeOnPageById) {
        target.updateTimeOnPage(timeOnPageById);
    }

    @Override
    public int deleteOlderThan(Date cutoff, int limit) {
        return target.deleteOlderThan(cutoff, limit);
    }

    @Override
    public int reassignCustomer(Long fromCustomerId, Long toCustomerId) {
        return target.reassignCustomer(fromCustomerId, toCustomerId);
    }

    @Override
    public List<PageView> readViews(Long customerId, Date from, Date to, int firstResult, int maxResults) {
        return target.readViews(customerId, from, to, firstResult, maxResults);
    }

    @Override
    public List<PageView> readLatestViews(Long customerId, int maxResults) {
        return target.readLatestViews(customerId, maxResults);
    }

    @Override
    public long countViews(Long customerId, Date from, Date to) {
        return target.countViews(customerId, from, to);
    }
}
