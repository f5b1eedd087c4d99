package io.custmgr.common.mailedlink.service;

import io.custmgr.common.mailedlink.dao.MailedTokenDao;
import io.custmgr.common.mailedlink.service.MailedLinkRefusedException.Reason;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

@Service("cmMailedLinks")
public class MailedLinksImpl implements MailedLinks {

    @Resource(name = "cmMailedTokenDao")
    protected MailedTokenDao dao;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    protected TransactionTemplate transactions;

    @PostConstruct
    public void init() {
        transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public String issue(String purpose, String url, long customerId, Long subjectId, String payload,
            int validHours) {
        return MailedTokens.link(url, issueToken(purpose, customerId, subjectId, payload, validHours * 3600L));
    }

    @Override
    public String issueToken(final String purpose, final long customerId, final Long subjectId, final String payload,
            long validSeconds) {
        if (purpose == null || purpose.isEmpty() || purpose.length() > PURPOSE_LENGTH) {
            throw new IllegalArgumentException("A purpose of 1 to " + PURPOSE_LENGTH + " characters is required");
        }
        final String token = MailedTokens.newToken();
        final Date now = new Date();
        final Date expires = new Date(now.getTime() + validSeconds * 1000L);
        transactions.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                dao.insert(MailedTokens.hash(token),
                        new MailedLink(purpose, customerId, subjectId, payload, now, expires, null, 0));
                return null;
            }
        });
        return token;
    }

    @Override
    public MailedLink verify(String purpose, String token, Long signedInCustomerId) {
        MailedLink link = token == null || token.isEmpty() ? null : dao.read(MailedTokens.hash(token));
        MailedLinkRefusedException refusal = check(purpose, link, signedInCustomerId, new Date());
        if (refusal != null) {
            throw refusal;
        }
        return link;
    }

    @Override
    public MailedLink readBearer(String purpose, String token) {
        MailedLink link = token == null || token.isEmpty() ? null : dao.read(MailedTokens.hash(token));
        MailedLinkRefusedException refusal = check(purpose, link, link == null ? null : link.getCustomerId(),
                new Date());
        if (refusal != null) {
            throw refusal;
        }
        return link;
    }

    @Override
    public <T> T consume(String purpose, String token, Long signedInCustomerId, MailedLinkHandler<T> handler) {
        return take(purpose, token, signedInCustomerId, false, handler);
    }

    @Override
    public <T> T consumeBearer(String purpose, String token, MailedLinkHandler<T> handler) {
        return take(purpose, token, null, true, handler);
    }

    protected <T> T take(final String purpose, String token, Long signedInCustomerId, boolean bearer,
            final MailedLinkHandler<T> handler) {
        if (token == null || token.isEmpty()) {
            throw new MailedLinkRefusedException(Reason.UNKNOWN);
        }
        final String hash = MailedTokens.hash(token);
        // First the visit is counted and checked in a transaction that commits (when the caller has none) ...
        final MailedLink link = transactions.execute(new TransactionCallback<MailedLink>() {
            @Override
            public MailedLink doInTransaction(TransactionStatus status) {
                MailedLink stored = dao.read(hash);
                if (stored != null && stored.getPurpose().equals(purpose)) {
                    dao.countAttempt(hash);
                }
                return stored;
            }
        });
        MailedLinkRefusedException refusal = check(purpose, link,
                bearer && link != null ? Long.valueOf(link.getCustomerId()) : signedInCustomerId, new Date());
        if (refusal != null) {
            throw refusal;
        }
        // ... then it is taken up: the conditional update lets one transaction through; the handler runs in it.
        return transactions.execute(new TransactionCallback<T>() {
            @Override
            public T doInTransaction(TransactionStatus status) {
                Date now = new Date();
                if (!dao.markUsed(hash, now)) {
                    MailedLink lost = dao.read(hash);
                    throw new MailedLinkRefusedException(lost != null && lost.getUsed() == null ? Reason.EXPIRED
                            : Reason.USED);
                }
                return handler.apply(link);
            }
        });
    }

    /** @return why the link cannot be taken up now, or null */
    protected MailedLinkRefusedException check(String purpose, MailedLink link, Long signedInCustomerId, Date now) {
        if (link == null || !link.getPurpose().equals(purpose)) {
            return new MailedLinkRefusedException(Reason.UNKNOWN);
        }
        if (link.getUsed() != null) {
            return new MailedLinkRefusedException(Reason.USED);
        }
        if (!link.getExpires().after(now)) {
            return new MailedLinkRefusedException(Reason.EXPIRED);
        }
        if (signedInCustomerId == null || signedInCustomerId.longValue() != link.getCustomerId()) {
            return new MailedLinkRefusedException(Reason.OTHER_ACCOUNT);
        }
        return null;
    }
}
