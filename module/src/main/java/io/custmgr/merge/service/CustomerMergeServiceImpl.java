package io.custmgr.merge.service;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.change.CustomerChanges;
import io.custmgr.common.hibernate.CustomerDataCaches;
import io.custmgr.common.hibernate.EntityCaches;
import io.custmgr.merge.dao.CustomerMergeDao;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Service("cmCustomerMergeService")
public class CustomerMergeServiceImpl implements CustomerMergeService {

    private static final int MAX_MERGE_HOPS = 32;

    @Autowired
    protected List<CustomerMergeStep> steps;

    @Resource(name = "cmCustomerMergeDao")
    protected CustomerMergeDao dao;

    @Resource(name = "cmCustomerMergeLock")
    protected CustomerMergeLock lock;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @Resource(name = "cmCustomerDataCaches")
    protected CustomerDataCaches customerDataCaches;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Value("${custmgr.merge.usernameDomain}")
    protected String usernameDomain;

    protected TransactionTemplate transactions;
    protected TransactionTemplate readOnly;

    @PostConstruct
    public void init() {
        List<CustomerMergeStep> ordered = new ArrayList<CustomerMergeStep>(steps);
        Collections.sort(ordered, new Comparator<CustomerMergeStep>() {
            @Override
            public int compare(CustomerMergeStep a, CustomerMergeStep b) {
                return a.getOrder() < b.getOrder() ? -1 : a.getOrder() == b.getOrder() ? 0 : 1;
            }
        });
        steps = Collections.unmodifiableList(ordered);
        transactions = new TransactionTemplate(transactionManager);
        readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
    }

    @Override
    public long defaultSurvivor(long customerId, long otherCustomerId) {
        Map<Long, MergeParty> parties = dao.readParties(customerId, otherCustomerId, false);
        MergeParty one = require(parties, customerId);
        MergeParty other = require(parties, otherCustomerId);
        return SurvivorRule.survivorOf(one, other).getId();
    }

    @Override
    public MergePlan preview(final long survivorId, final long absorbedId) {
        checkDistinct(survivorId, absorbedId);
        return readOnly.execute(new TransactionCallback<MergePlan>() {
            @Override
            public MergePlan doInTransaction(TransactionStatus status) {
                Map<Long, MergeParty> parties = dao.readParties(survivorId, absorbedId, false);
                MergeParty survivor = require(parties, survivorId);
                MergeParty absorbed = require(parties, absorbedId);
                checkNotMerged(survivor, absorbed);
                MergeParties pair = new MergeParties(survivorId, absorbedId);
                List<MergeStepReport> reports = new ArrayList<MergeStepReport>();
                for (CustomerMergeStep step : steps) {
                    reports.add(step.preview(pair));
                }
                return new MergePlan(survivor, absorbed, reports);
            }
        });
    }

    @Override
    public MergeResult merge(final MergeRequest request) {
        final long survivorId = request.getSurvivorId();
        final long absorbedId = request.getAbsorbedId();
        checkDistinct(survivorId, absorbedId);
        final AuditActor actor = auditService.currentActor();
        lock.acquire(survivorId, absorbedId, actor.getName());
        try {
            return transactions.execute(new TransactionCallback<MergeResult>() {
                @Override
                public MergeResult doInTransaction(TransactionStatus status) {
                    return mergeLocked(request, actor);
                }
            });
        } finally {
            lock.release(survivorId, absorbedId);
        }
    }

    protected MergeResult mergeLocked(MergeRequest request, AuditActor actor) {
        long survivorId = request.getSurvivorId();
        long absorbedId = request.getAbsorbedId();
        dao.prepareTransaction();
        Map<Long, MergeParty> parties = dao.readParties(survivorId, absorbedId, true);
        MergeParty survivor = require(parties, survivorId);
        MergeParty absorbed = require(parties, absorbedId);
        checkNotMerged(survivor, absorbed);
        checkConfirmation(absorbed, request.getTypedConfirmation());

        EntityCaches.forgetSession(em); // the steps' SQL must see and win over the session
        MergeParties pair = new MergeParties(survivorId, absorbedId);
        List<MergeStepReport> reports = new ArrayList<MergeStepReport>();
        for (CustomerMergeStep step : steps) {
            long start = System.nanoTime();
            MergeStepReport report = step.merge(pair, request.getChoices());
            report.setMillis((System.nanoTime() - start) / 1000000L);
            reports.add(report);
        }
        Date now = new Date();
        dao.markAbsorbed(absorbedId, survivorId, now, "merged-" + absorbedId + "@" + usernameDomain);
        EntityCaches.forgetSession(em);
        customerDataCaches.forgetAfterCommit();
        CustomerChanges.afterCommit(survivorId, absorbedId); // the search index: moved orders, addresses, groups

        MergeResult result = new MergeResult(survivorId, absorbedId, reports);
        String summary = result.summary() + choicesText(request.getChoices());
        dao.insertRecord(absorbedId, survivorId, absorbed.getConfirmationText(), now, actor.getName(), summary);
        auditService.record(CustomerAuditEntry.of(survivorId, CustomerAuditAction.CUSTOMER_MERGED,
                "Absorbed customer " + absorbedId + " (" + absorbed.getConfirmationText() + "): " + summary));
        auditService.record(CustomerAuditEntry.of(absorbedId, CustomerAuditAction.MERGED_AWAY,
                "Merged into customer " + survivorId + " (" + survivor.getConfirmationText() + "): " + summary));
        return result;
    }

    @Override
    public Long resolveCustomerId(Long customerId) {
        Long current = customerId;
        for (int hop = 0; current != null && hop < MAX_MERGE_HOPS; hop++) {
            Long next = dao.readMergedInto(current);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    @Override
    public List<MergeParty> findCandidates(long customerId, String query, int max) {
        String text = query == null ? "" : query.trim();
        if (text.isEmpty()) {
            return Collections.emptyList();
        }
        Long id = null;
        if (text.matches("\\d{1,18}")) {
            id = Long.valueOf(text);
        }
        return dao.findCandidates(customerId, text, id, Math.max(1, max));
    }

    /** The merchant's decision on each conflicting field, also where the survivor's value was kept. */
    private static String choicesText(MergeChoices choices) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, MergeSide> choice : new TreeMap<String, MergeSide>(choices.asMap()).entrySet()) {
            text.append(text.length() == 0 ? "; field choices: " : ", ").append(choice.getKey()).append(" = ")
                    .append(choice.getValue() == MergeSide.ABSORBED ? "absorbed customer's" : "survivor's");
        }
        return text.toString();
    }

    private static void checkDistinct(long survivorId, long absorbedId) {
        if (survivorId == absorbedId) {
            throw new MergeRefusedException(MergeRefusedException.Reason.SAME_CUSTOMER,
                    "A customer cannot be merged into itself");
        }
    }

    private static MergeParty require(Map<Long, MergeParty> parties, long id) {
        MergeParty party = parties.get(id);
        if (party == null) {
            throw new MergeRefusedException(MergeRefusedException.Reason.NOT_FOUND, "No customer " + id);
        }
        return party;
    }

    private static void checkNotMerged(MergeParty survivor, MergeParty absorbed) {
        for (MergeParty party : new MergeParty[] {survivor, absorbed}) {
            if (party.isMerged()) {
                throw new MergeRefusedException(MergeRefusedException.Reason.ALREADY_MERGED, "Customer "
                        + party.getId() + " was already merged into customer " + party.getMergedInto());
            }
        }
    }

    private static void checkConfirmation(MergeParty absorbed, String typed) {
        String expected = absorbed.getConfirmationText().toLowerCase(Locale.ROOT);
        if (typed == null || !typed.trim().toLowerCase(Locale.ROOT).equals(expected)) {
            throw new MergeRefusedException(MergeRefusedException.Reason.CONFIRMATION_MISMATCH,
                    "Type the e-mail address of the customer being merged away (" + absorbed.getConfirmationText()
                            + ") to confirm");
        }
    }
}
