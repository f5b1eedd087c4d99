package io.custmgr.activity.service;

import io.custmgr.activity.dao.AbandonedCart;
import io.custmgr.activity.dao.ActivityEventDao;
import io.custmgr.activity.type.ActivityEventType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Pages through open carts of registered customers by order id (never the whole table at once); each page is one
 * transaction: one select, one id allocation, one batch insert. The event is dated at the cart's last change.
 */
public class AbandonedCartDetectorImpl implements AbandonedCartDetector {

    private static final Log LOG = LogFactory.getLog(AbandonedCartDetectorImpl.class);

    private final ActivityEventDao dao;
    private final TransactionTemplate transactions;
    private final long abandonedAfterMs;
    private final int pageSize;

    public AbandonedCartDetectorImpl(ActivityEventDao dao, PlatformTransactionManager transactionManager,
            int abandonedAfterHours, int pageSize) {
        this.dao = dao;
        this.transactions = new TransactionTemplate(transactionManager);
        this.abandonedAfterMs = abandonedAfterHours * 3600000L;
        this.pageSize = Math.max(1, pageSize);
    }

    @Override
    public int logAbandonedCarts() {
        final Date changedBefore = new Date(System.currentTimeMillis() - abandonedAfterMs);
        int logged = 0;
        long after = 0L;
        while (true) {
            final long afterOrderId = after;
            long[] page = transactions.execute(new TransactionCallback<long[]>() {
                @Override
                public long[] doInTransaction(TransactionStatus status) {
                    if (dao.readDisabledTypeCodes().contains(ActivityEventType.CART_ABANDONED.getType())) {
                        return null;
                    }
                    List<AbandonedCart> carts = dao.readNewlyAbandonedCarts(changedBefore, afterOrderId, pageSize);
                    if (carts.isEmpty()) {
                        return null;
                    }
                    List<ActivityEventDraft> drafts = new ArrayList<ActivityEventDraft>(carts.size());
                    for (AbandonedCart cart : carts) {
                        drafts.add(new ActivityEventDraft(ActivityEventType.CART_ABANDONED, cart.getLastChanged())
                                .customer(cart.getCustomerId())
                                .reference(cart.getOrderId())
                                .detail(cart.getItemCount() + (cart.getItemCount() == 1 ? " item" : " items")));
                    }
                    dao.insert(dao.allocateIds(drafts.size()), drafts);
                    return new long[] {carts.get(carts.size() - 1).getOrderId(), carts.size()};
                }
            });
            if (page == null) {
                break;
            }
            after = page[0];
            logged += (int) page[1];
        }
        if (logged > 0) {
            LOG.info("Activity log: " + logged + " abandoned carts logged");
        }
        return logged;
    }
}
