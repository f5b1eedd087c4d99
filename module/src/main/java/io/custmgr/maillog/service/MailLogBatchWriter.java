package io.custmgr.maillog.service;

import io.custmgr.common.async.BatchSink;
import io.custmgr.customer.account.service.CustomerAccountService;
import io.custmgr.maillog.dao.MailLogDao;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Writes a batch of e-mail log records in one transaction of its own. A record that names no customer is linked to
 * the account signing in with its address (ignoring case), if there is one: looked up here, after the sender's
 * transaction committed, so an account registered in that transaction is found.
 */
public class MailLogBatchWriter implements BatchSink<MailLogRecord> {

    private final MailLogDao dao;
    private final CustomerAccountService accounts;
    private final TransactionTemplate transactions;

    public MailLogBatchWriter(MailLogDao dao, PlatformTransactionManager transactionManager,
            CustomerAccountService accounts) {
        this.dao = dao;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void write(final List<MailLogRecord> batch) {
        transactions.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                for (MailLogRecord record : batch) {
                    dao.saveOutcome(placed(record));
                }
            }
        });
    }

    private MailLogRecord placed(MailLogRecord record) {
        if (record.getCustomerId() != null || record.getTo() == null) {
            return record;
        }
        String email = accounts.normalizeEmail(record.getTo());
        return email == null ? record : record.forCustomer(accounts.findEmailOwner(email, null));
    }
}
