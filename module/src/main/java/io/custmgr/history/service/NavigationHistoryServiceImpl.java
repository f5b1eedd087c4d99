package io.custmgr.history.service;

import io.custmgr.history.domain.PageView;

import java.util.Date;
import java.util.List;

import io.custmgr.history.dao.PageViewDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;

@Service("cmNavigationHistoryService")
public class NavigationHistoryServiceImpl implements NavigationHistoryService {

    @Resource(name = "cmPageViewDao")
    protected PageViewDao dao;

    @Override
    @Transactional("blTransactionManager")
    public int moveHistory(Long fromCustomerId, Long toCustomerId) {
        if (fromCustomerId == null || toCustomerId == null || fromCustomerId.equals(toCustomerId)) {
            return 0;
        }
        return dao.reassignCustomer(fromCustomerId, toCustomerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<PageView> findViews(Long customerId, Date from, Date to, int page, int pageSize) {
        int size = Math.max(1, pageSize);
        return dao.readViews(customerId, from, to, Math.max(0, page) * size, size);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countViews(Long customerId, Date from, Date to) {
        return dao.countViews(customerId, from, to);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<PageView> findLatestViews(Long customerId, int max) {
        return dao.readLatestViews(customerId, Math.max(1, max));
    }
}
