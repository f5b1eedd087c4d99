package io.custmgr.customer.orders.service;

import io.custmgr.customer.orders.dao.CustomerOrdersDao;
import io.custmgr.customer.orders.dao.OrderSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

@Service("cmCustomerOrdersService")
public class CustomerOrdersServiceImpl implements CustomerOrdersService {

    @Resource(name = "cmCustomerOrdersDao")
    protected CustomerOrdersDao dao;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public OrderHistoryPage findOrders(Long customerId, String filter, int page, int pageSize) {
        int size = Math.max(1, pageSize);
        OrderSearch search = OrderFilterParser.parse(filter);
        long total = dao.countOrders(customerId, search);
        int lastPage = (int) Math.max(0, (total - 1) / size);
        int shown = Math.min(Math.max(0, page), lastPage);
        if (total == 0) {
            return new OrderHistoryPage(Collections.<OrderHistoryRow>emptyList(), 0, 0, size);
        }
        List<OrderHistoryRow> rows = dao.readOrders(customerId, search, shown * size, size);
        List<Long> ids = new ArrayList<Long>();
        for (OrderHistoryRow row : rows) {
            ids.add(row.getOrderId());
        }
        Map<Long, List<OrderLine>> lines = dao.readLines(ids);
        for (OrderHistoryRow row : rows) {
            List<OrderLine> orderLines = lines.get(row.getOrderId());
            if (orderLines != null) {
                for (OrderLine line : orderLines) {
                    row.addLine(line);
                }
            }
        }
        return new OrderHistoryPage(rows, total, shown, size);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public OpenCart findOpenCart(Long customerId, int maxLines) {
        return dao.readOpenCart(customerId, Math.max(1, maxLines));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<WishlistItem> findWishlistItems(Long customerId, int maxItems) {
        return dao.readWishlistItems(customerId, Math.max(1, maxItems));
    }
}
