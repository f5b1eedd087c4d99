package io.custmgr.history.service;

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
}
