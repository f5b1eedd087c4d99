package io.custmgr.activity.service;

import io.custmgr.activity.dao.ActivityEventDao;
import io.custmgr.common.async.BatchSink;
import io.custmgr.common.change.RecentlyAnnounced;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one batch of drafts in one new transaction: leaves out types switched off in the admin, finds the customer
 * of drafts that name a user or an address (one query each per batch, not per draft), drops drafts without a
 * customer, then inserts the rest in one JDBC batch.
 */
public class ActivityEventBatchWriter implements BatchSink<ActivityEventDraft> {

    private final ActivityEventDao dao;
    private final TransactionTemplate transactions;
    private final RecentlyAnnounced announced = new RecentlyAnnounced(100000);

    public ActivityEventBatchWriter(ActivityEventDao dao, PlatformTransactionManager transactionManager) {
        this.dao = dao;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void write(final List<ActivityEventDraft> batch) {
        transactions.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                List<ActivityEventDraft> placed = place(enabledOnly(batch));
                if (!placed.isEmpty()) {
                    dao.insert(dao.allocateIds(placed.size()), placed);
                    announceNewFacts(placed);
                }
            }
        });
    }

    /**
     * The search index holds the IPs of a customer's activity and the last day of it: a new pair of them is news,
     * announced after the batch commits (a rolled-back batch announces nothing).
     */
    private void announceNewFacts(List<ActivityEventDraft> placed) {
        List<Long> customers = new ArrayList<Long>(placed.size());
        List<String> keys = new ArrayList<String>(placed.size());
        for (ActivityEventDraft draft : placed) {
            customers.add(draft.getCustomerId());
            keys.add(draft.getCustomerId() + "|" + draft.getIpAddress() + "|" + draft.getTime().getTime() / 86400000L);
        }
        announced.announce(customers, keys);
    }

    private List<ActivityEventDraft> enabledOnly(List<ActivityEventDraft> batch) {
        Set<String> disabled = dao.readDisabledTypeCodes();
        List<ActivityEventDraft> enabled = new ArrayList<ActivityEventDraft>(batch.size());
        for (ActivityEventDraft draft : batch) {
            if (!disabled.contains(draft.getType().getType())) {
                enabled.add(draft);
            }
        }
        return enabled;
    }

    private List<ActivityEventDraft> place(List<ActivityEventDraft> drafts) {
        Set<String> usernames = new HashSet<String>();
        Set<Long> addressIds = new HashSet<Long>();
        for (ActivityEventDraft draft : drafts) {
            if (draft.getCustomerId() == null && draft.getUsername() != null) {
                usernames.add(draft.getUsername());
            } else if (draft.getCustomerId() == null && draft.getAddressId() != null) {
                addressIds.add(draft.getAddressId());
            }
        }
        Map<String, Long> byUsername = dao.readCustomerIdsByUsername(usernames);
        Map<Long, Long> byAddress = dao.readAddressOwners(addressIds);
        List<ActivityEventDraft> placed = new ArrayList<ActivityEventDraft>(drafts.size());
        for (ActivityEventDraft draft : drafts) {
            if (draft.getCustomerId() == null && draft.getUsername() != null) {
                draft.setCustomerId(byUsername.get(draft.getUsername()));
            } else if (draft.getCustomerId() == null && draft.getAddressId() != null) {
                draft.setCustomerId(byAddress.get(draft.getAddressId()));
            }
            if (draft.getCustomerId() != null) {
                placed.add(draft);
            }
        }
        return placed;
    }
}
