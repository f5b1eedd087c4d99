package io.custmgr.privacy.service;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.privacy.type.ErasureRefusal;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;


/**
 * Erases many customers (bean {@code cmErasureBatchJob}): the storefront requests past their grace period, or a
 * merchant's list. One transaction per batch of {@link #BATCH} ids, so a failure loses one batch's work and the job
 * never holds more than one batch's locks; refused customers are reported, never forced. A batch is larger than the
 * module's usual IN list ({@code InLists.MAX}): the erasure's cost is mostly its fixed number of statements per batch,
 * and 2,000 ids (at most seven lists of them in one statement) stay well below PostgreSQL's 32,767 parameters.
 */
@Component("cmErasureBatchJob")
public class ErasureBatchJob {

    public static final int BATCH = 2000;

    @Resource(name = "cmPersonalDataErasureService")
    protected PersonalDataErasureService erasureService;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    protected TransactionTemplate transactions;

    @PostConstruct
    public void init() {
        transactions = new TransactionTemplate(transactionManager);
    }

    /** @return every customer's outcome: erased ones in the result's erased list, the others with their refusal */
    public ErasureBatchResult eraseAll(Collection<Long> customerIds, final AuditActor actor, final String context) {
        List<Long> erased = new ArrayList<Long>();
        Map<Long, ErasureRefusal> refused = new LinkedHashMap<Long, ErasureRefusal>();
        List<Long> all = new ArrayList<Long>(new LinkedHashSet<Long>(customerIds));
        for (int from = 0; from < all.size(); from += BATCH) {
            final List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            ErasureBatchResult result = transactions.execute(new TransactionCallback<ErasureBatchResult>() {
                @Override
                public ErasureBatchResult doInTransaction(TransactionStatus status) {
                    return erasureService.eraseBatch(batch, false, actor, context);
                }
            });
            erased.addAll(result.getErased());
            refused.putAll(result.getRefused());
        }
        return new ErasureBatchResult(erased, refused);
    }
}
