package io.custmgr.stock.service;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.mail.MailKind;
import io.custmgr.stock.dao.StockSubscriptionDao;
import io.custmgr.stock.dao.StockSubscriptionRow;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

public class BackInStockNotifierImpl implements BackInStockNotifier {

    /** The e-mail template the host renders (variables productName, productUrl, unsubscribeUrl). */
    public static final String TEMPLATE = "custmgr-back-in-stock";
    public static final String UNSUBSCRIBE_PATH = "/stock/unsubscribe";

    private final StockSubscriptionDao dao;
    private final StockSubscriptionService subscriptions;
    private final CustomerMailer mailer;
    private final TransactionTemplate transactions;
    private final String storefrontUrl;
    private final int batchSize;

    public BackInStockNotifierImpl(StockSubscriptionDao dao, StockSubscriptionService subscriptions,
            CustomerMailer mailer, PlatformTransactionManager transactionManager, String storefrontUrl,
            int batchSize) {
        this.dao = dao;
        this.subscriptions = subscriptions;
        this.mailer = mailer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.storefrontUrl = storefrontUrl == null ? "" : storefrontUrl.trim().replaceAll("/+$", "");
        this.batchSize = batchSize;
    }

    @Override
    public int notifySubscribers() {
        int mailed = 0;
        while (true) {
            Integer batch = transactions.execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    return notifyBatch();
                }
            });
            mailed += batch;
            if (batch < batchSize) {
                return mailed;
            }
        }
    }

    /** @return how many were read and marked: fewer than a batch means none is left */
    private int notifyBatch() {
        Date now = new Date();
        List<StockSubscriptionRow> due = dao.readDue(now, batchSize);
        List<Long> ids = new ArrayList<Long>(due.size());
        for (StockSubscriptionRow row : due) {
            ids.add(row.getId());
        }
        dao.markNotified(ids, now);
        for (StockSubscriptionRow row : due) {
            MailAfterCommit.send(mailer, mail(row), "Back in stock");
        }
        return due.size();
    }

    private CustomerMail mail(StockSubscriptionRow row) {
        String name = row.getProductName() == null ? "The product you asked about" : row.getProductName();
        return new CustomerMail(row.getEmail(), TEMPLATE, name + " is back in stock")
                .with("productName", name)
                .with("productUrl", row.getProductUrl() == null ? null : storefrontUrl + row.getProductUrl())
                .with("unsubscribeUrl", storefrontUrl + UNSUBSCRIBE_PATH + "?token="
                        + subscriptions.unsubscribeToken(row.getId()))
                .about(MailKind.BACK_IN_STOCK, row.getCustomerId());
    }
}
