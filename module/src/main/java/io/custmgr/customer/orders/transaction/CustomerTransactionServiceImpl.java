package io.custmgr.customer.orders.transaction;

import io.custmgr.customer.orders.dao.TransactionDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import javax.annotation.Resource;

@Service("cmCustomerTransactionService")
public class CustomerTransactionServiceImpl implements CustomerTransactionService {

    @Resource(name = "cmTransactionDao")
    protected TransactionDao dao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CustomerTransaction> findTransactions(Long customerId, int page, int pageSize) {
        int size = Math.max(1, pageSize);
        return dao.readTransactions(customerId, Math.max(0, page) * size, size);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CurrencyTotals> findTotals(Long customerId) {
        return dao.readTotals(customerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<TransactionOrder> findOrders(Long customerId, int max) {
        return dao.readOrders(customerId, Math.max(1, max));
    }
}
