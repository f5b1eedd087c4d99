package io.custmgr.library.service;

import io.custmgr.audit.service.AuditActors;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.library.dao.LibraryEntryDao;
import io.custmgr.library.type.Acquisition;

import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

public class LibraryServiceImpl implements LibraryService {

    static final String CHECKOUT = "checkout";
    static final long DAY = 86400000L;

    private final LibraryEntryDao dao;
    private final int downloadsAllowed;
    private final int accessDays;

    /** The transactional proxy, registered for the Hibernate listener that revokes cancelled orders. */
    @Resource(name = "cmLibraryService")
    protected LibraryService self;

    /**
     * @param downloadsAllowed downloads a purchased item allows; 0 for no limit
     * @param accessDays days a purchased item stays downloadable; 0 for ever
     */
    public LibraryServiceImpl(LibraryEntryDao dao, int downloadsAllowed, int accessDays) {
        this.dao = dao;
        this.downloadsAllowed = downloadsAllowed;
        this.accessDays = accessDays;
    }

    @PostConstruct
    public void start() {
        ListenerBridge.register(LibraryService.class, self);
    }

    @PreDestroy
    public void stop() {
        ListenerBridge.unregister(LibraryService.class, self);
    }

    @Override
    @Transactional("blTransactionManager")
    public int grantOrder(long orderId) {
        return dao.grantOrder(orderId, grant(CHECKOUT));
    }

    @Override
    @Transactional("blTransactionManager")
    public int revokeOrder(long orderId) {
        return dao.revokeOrder(orderId, ORDER_CANCELLED, new Date());
    }

    @Override
    @Transactional("blTransactionManager")
    public int revokeRefundedOrder(long orderId) {
        return dao.isRefunded(orderId) ? dao.revokeOrder(orderId, ORDER_REFUNDED, new Date()) : 0;
    }

    @Override
    @Transactional("blTransactionManager")
    public RebuildResult rebuild(long customerId) {
        List<Long> before = dao.readActiveProductIds(customerId);
        dao.rebuild(customerId, customerId, grant(AuditActors.currentName()), NOT_IN_ORDERS);
        List<Long> after = dao.readActiveProductIds(customerId);
        List<Long> added = new ArrayList<Long>(after);
        added.removeAll(before);
        List<Long> removed = new ArrayList<Long>(before);
        removed.removeAll(after);
        return new RebuildResult(added, removed);
    }

    @Override
    @Transactional("blTransactionManager")
    public int[] rebuildRange(long firstId, long lastId) {
        return dao.rebuild(firstId, lastId, grant(AuditActors.currentName()), NOT_IN_ORDERS);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LibraryItem> findLibrary(long customerId) {
        return dao.readLibrary(customerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean grant(long customerId, long productId, Acquisition acquisition, String giver, String note) {
        if (!Acquisition.MANUAL.equals(acquisition) && !Acquisition.GIFT.equals(acquisition)) {
            throw new IllegalArgumentException("Only MANUAL and GIFT are granted by hand, not " + acquisition);
        }
        return dao.insertEntry(customerId, productId, acquisition.getType(),
                Acquisition.GIFT.equals(acquisition) ? giver : null, note, new Date(), AuditActors.currentName());
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean editNote(long customerId, long productId, String note) {
        return dao.updateNote(customerId, productId, note) == 1;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean revoke(long customerId, long productId, String reason) {
        return dao.revoke(customerId, productId, reason, new Date()) == 1;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean restore(long customerId, long productId) {
        return dao.restore(customerId, productId) == 1;
    }

    private LibraryEntryDao.Grant grant(String by) {
        Date now = new Date();
        return new LibraryEntryDao.Grant(now, by, downloadsAllowed > 0 ? downloadsAllowed : null,
                accessDays > 0 ? new Date(now.getTime() + accessDays * DAY) : null);
    }
}
