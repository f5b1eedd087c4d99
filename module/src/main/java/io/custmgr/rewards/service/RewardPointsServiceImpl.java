package io.custmgr.rewards.service;

import static io.custmgr.rewards.service.InvalidPointsChangeException.*;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.rewards.dao.RewardPointsDao;
import io.custmgr.rewards.domain.RewardPointsEntryImpl;
import io.custmgr.rewards.domain.RewardPointsReason;

import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

public class RewardPointsServiceImpl implements RewardPointsService {

    /** Lines that make up what an order earned and still holds. */
    static final String[] EARNING = {RewardPointsReason.EARNED, RewardPointsReason.REFUNDED,
            RewardPointsReason.CANCELLED};
    /** Lines that make up what was spent on an order and not given back. */
    static final String[] SPENDING = {RewardPointsReason.REDEEMED, RewardPointsReason.REDEMPTION_RETURNED};

    protected final RewardPointsDao dao;
    protected final RewardPointsSettings settings;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService audit;

    /** The transactional proxy, registered for the Hibernate listeners. */
    @Resource(name = "cmRewardPointsService")
    protected RewardPointsService self;

    public RewardPointsServiceImpl(RewardPointsDao dao, RewardPointsSettings settings) {
        this.dao = dao;
        this.settings = settings;
    }

    @PostConstruct
    public void register() {
        ListenerBridge.register(RewardPointsService.class, self);
    }

    @PreDestroy
    public void unregister() {
        ListenerBridge.unregister(RewardPointsService.class, self);
    }

    @Override
    @Transactional("blTransactionManager")
    public int earnForCapture(long orderId, long customerId, boolean registered, BigDecimal amount) {
        int points = registered ? settings.pointsFor(amount) : 0;
        if (points > 0) {
            Date now = new Date();
            Date activates = settings.activationOf(now);
            dao.insert(customerId, points, RewardPointsReason.EARNED, null, orderId, now, activates,
                    settings.expiryOf(activates), null, AuditActors.currentName());
        }
        return points;
    }

    @Override
    @Transactional("blTransactionManager")
    public int takeBackForRefund(long orderId, BigDecimal amount) {
        return takeBack(orderId, settings.pointsFor(amount), RewardPointsReason.REFUNDED);
    }

    @Override
    @Transactional("blTransactionManager")
    public void orderCancelled(long orderId) {
        takeBack(orderId, Integer.MAX_VALUE, RewardPointsReason.CANCELLED);
        Date now = new Date();
        for (Object[] spent : dao.readOrderTotals(orderId, SPENDING)) {
            long points = -(Long) spent[1];
            if (points > 0) {
                dao.insert((Long) spent[0], (int) points, RewardPointsReason.REDEMPTION_RETURNED, null, orderId, now,
                        now, null, null, AuditActors.currentName());
            }
        }
    }

    private int takeBack(long orderId, int wanted, String reason) {
        int taken = 0;
        Date now = new Date();
        for (Object[] held : dao.readOrderTotals(orderId, EARNING)) {
            int points = (int) Math.min(wanted - taken, (Long) held[1]);
            if (points > 0) {
                dao.insert((Long) held[0], -points, reason, null, orderId, now, (Date) held[2], (Date) held[3], null,
                        AuditActors.currentName());
                taken += points;
            }
        }
        return taken;
    }

    @Override
    @Transactional("blTransactionManager")
    public void adjust(long customerId, String points, String note) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        Integer change = parse(points, errors);
        if (change != null && change < 0) {
            dao.lockCustomer(customerId);
        }
        if (change != null && change < 0 && dao.readBalance(customerId, new Date())[0] + change < 0) {
            errors.put(FIELD_POINTS, BELOW_ZERO);
        }
        String cleanNote = note == null || note.trim().isEmpty() ? null : note.trim();
        if (cleanNote == null) {
            errors.put(FIELD_NOTE, REQUIRED);
        } else if (cleanNote.length() > RewardPointsEntryImpl.NOTE_LENGTH) {
            errors.put(FIELD_NOTE, TOO_LONG);
        }
        if (!errors.isEmpty()) {
            throw new InvalidPointsChangeException(errors);
        }
        Date now = new Date();
        AuditActor admin = AuditActors.currentAdmin();
        dao.insert(customerId, change, RewardPointsReason.ADJUSTED, cleanNote, null, now, now,
                change > 0 ? settings.expiryOf(now) : null, admin == null ? null : admin.getAdminUserId(),
                AuditActors.currentName());
        audit.record(CustomerAuditEntry.of(customerId, CustomerAuditAction.POINTS_ADJUSTED,
                (change > 0 ? "+" : "") + change + " points: " + cleanNote));
    }

    private Integer parse(String points, Map<String, String> errors) {
        Long value = PointsInput.parse(points, errors);
        if (value == null) {
            return null;
        }
        if (value == 0) {
            errors.put(FIELD_POINTS, ZERO);
        } else if (Math.abs(value) > settings.getAdjustMaxPoints()) {
            errors.put(FIELD_POINTS, OVER_LIMIT);
        } else {
            return value.intValue();
        }
        return null;
    }

    @Override
    @Transactional("blTransactionManager")
    public void redeem(long customerId, long orderId, int points) {
        if (points <= 0) {
            return;
        }
        dao.lockCustomer(customerId);
        if (dao.readBalance(customerId, new Date())[0] < points) {
            throw new InvalidPointsChangeException(FIELD_POINTS, OVER_BALANCE);
        }
        Date now = new Date();
        dao.insert(customerId, -points, RewardPointsReason.REDEEMED, null, orderId, now, now, null, null,
                AuditActors.currentName());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public RewardPointsBalance findBalance(long customerId) {
        long[] balance = dao.readBalance(customerId, new Date());
        return new RewardPointsBalance(balance[0], balance[1]);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<RewardPointsLine> findLedger(long customerId, int first, int max) {
        return dao.readLedger(customerId, Math.max(0, first), Math.max(1, max));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countLedger(long customerId) {
        return dao.countLedger(customerId);
    }

    @Override
    public RewardPointsSettings getSettings() {
        return settings;
    }
}
