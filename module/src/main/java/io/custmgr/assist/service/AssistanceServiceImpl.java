package io.custmgr.assist.service;

import io.custmgr.assist.dao.AssistanceCandidate;
import io.custmgr.assist.dao.AssistanceDao;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditEntry;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.audit.type.CustomerAuditAction;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.mailedlink.service.MailedLink;
import io.custmgr.common.mailedlink.service.MailedLinkHandler;
import io.custmgr.common.mailedlink.service.MailedLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

@Service("cmAssistanceService")
public class AssistanceServiceImpl implements AssistanceService {

    static final int RETURN_URL_LENGTH = 200;

    @Resource(name = "cmAssistanceDao")
    protected AssistanceDao dao;

    @Resource(name = "cmMailedLinks")
    protected MailedLinks tokens;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService audit;

    @Resource(name = "blTransactionManager")
    protected JpaTransactionManager transactionManager;

    @Value("${custmgr.assist.requireConsent:true}")
    protected boolean requireConsent = true;

    @Value("${custmgr.assist.tokenValidSeconds:60}")
    protected long tokenValidSeconds = 60;

    protected TransactionTemplate transactions;

    @PostConstruct
    public void init() {
        transactions = new TransactionTemplate(transactionManager);
        ListenerBridge.register(AssistanceService.class, this); // for AssistedSession's end with its HTTP session
    }

    @PreDestroy
    public void destroy() {
        ListenerBridge.unregister(AssistanceService.class, this);
    }

    @Override
    public String refusal(long customerId) {
        return refusal(dao.readCandidate(customerId));
    }

    protected String refusal(AssistanceCandidate customer) {
        if (customer == null) {
            return NOT_FOUND;
        }
        if (customer.isGuest()) {
            return GUEST;
        }
        if (customer.isMergedAway()) {
            return MERGED;
        }
        if (customer.isDeactivated()) {
            return DEACTIVATED;
        }
        if (!customer.isRegistered() && (customer.getEmailAddress() == null
                || customer.getEmailAddress().trim().isEmpty())) {
            return NOT_REGISTERED; // an anonymous visitor; accounts the merchant added are not flagged registered
        }
        if (dao.isAdminUserAccount(customer.getUsername(), customer.getEmailAddress())) {
            return ADMIN_ACCOUNT;
        }
        if (requireConsent && !customer.isAssistanceAllowed()) {
            return NO_CONSENT;
        }
        return null;
    }

    @Override
    public String issueToken(long customerId, long adminUserId, String returnUrl) {
        if (returnUrl == null || returnUrl.length() > RETURN_URL_LENGTH || returnUrl.contains("\n")) {
            throw new IllegalArgumentException("A return URL of at most " + RETURN_URL_LENGTH + " characters");
        }
        String reason = refusal(customerId);
        if (reason != null) {
            throw new AssistanceRefusedException(reason);
        }
        return tokens.issueToken(PURPOSE, customerId, null, adminUserId + "\n" + returnUrl, tokenValidSeconds);
    }

    @Override
    public AssistedSession start(String token, final String ipAddress) {
        return tokens.consumeBearer(PURPOSE, token, new MailedLinkHandler<AssistedSession>() {
            @Override
            public AssistedSession apply(MailedLink link) {
                return open(link, ipAddress);
            }
        });
    }

    /** Runs in the transaction that takes the token up: a refusal here rolls everything back. */
    protected AssistedSession open(MailedLink link, String ipAddress) {
        String[] payload = link.getPayload().split("\n", 2);
        long adminUserId = Long.parseLong(payload[0]);
        AssistanceCandidate customer = dao.readCandidate(link.getCustomerId());
        String reason = refusal(customer);
        if (reason != null) {
            throw new AssistanceRefusedException(reason);
        }
        String adminName = dao.readActiveAdminLogin(adminUserId);
        if (adminName == null) {
            throw new AssistanceRefusedException(ADMIN_INACTIVE);
        }
        long logId = dao.insertSession(adminUserId, adminName, customer.getCustomerId(), customer.getEmailAddress(),
                new Date(), ipAddress);
        audit.record(CustomerAuditEntry.of(customer.getCustomerId(), CustomerAuditAction.ASSISTANCE_STARTED,
                "Signed in on the storefront as the customer (assistance log #" + logId + ")"),
                AuditActor.admin(adminUserId, adminName, ipAddress));
        return new AssistedSession(logId, adminUserId, adminName, customer.getCustomerId(), customer.displayName(),
                payload.length > 1 ? payload[1] : null);
    }

    @Override
    public void pageViewed(AssistedSession session) {
        dao.countPageView(session.getLogId());
    }

    @Override
    public void orderPlaced(final AssistedSession session, final long orderId, final String orderNumber) {
        transactions.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                dao.insertOrder(session.getLogId(), session.getAdminUserId(), session.getAdminName(), orderId,
                        orderNumber, new Date());
                audit.record(CustomerAuditEntry.of(session.getCustomerId(), CustomerAuditAction.ASSISTED_ORDER,
                        "Order " + orderNumber + " placed by " + session.getAdminName() + " (assistance log #"
                                + session.getLogId() + ")"), actor(session, dao.readSession(session.getLogId())));
                return null;
            }
        });
    }

    @Override
    public boolean finish(final AssistedSession session, final String reason) {
        return transactions.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                if (!dao.endSession(session.getLogId(), reason, new Date())) {
                    return false;
                }
                AssistanceEntry entry = dao.readSession(session.getLogId());
                audit.record(CustomerAuditEntry.of(session.getCustomerId(), CustomerAuditAction.ASSISTANCE_ENDED,
                        summary(entry, reason)), actor(session, entry));
                return true;
            }
        });
    }

    static String summary(AssistanceEntry entry, String reason) {
        StringBuilder text = new StringBuilder("Assistance log #").append(entry.getId()).append(" ended (")
                .append(reason).append("): ").append(entry.getPagesViewed()).append(" pages viewed, ")
                .append(entry.getOrders().size()).append(" orders placed");
        for (int i = 0; i < entry.getOrders().size(); i++) {
            text.append(i == 0 ? ": " : ", ").append(entry.getOrders().get(i).getOrderNumber());
        }
        return text.toString();
    }

    /** The admin user, with the IP the session was opened from (the request at hand may be none: session expiry). */
    private static AuditActor actor(AssistedSession session, AssistanceEntry entry) {
        return AuditActor.admin(session.getAdminUserId(), session.getAdminName(),
                entry == null ? null : entry.getIpAddress());
    }

    @Override
    public List<AssistanceEntry> findEntries(AssistanceLogFilter filter, int start, int max) {
        return dao.readSessions(filter, start, max);
    }

    @Override
    public long countEntries(AssistanceLogFilter filter) {
        return dao.countSessions(filter);
    }

    @Override
    public AssistanceEntry findEntry(long logId) {
        return dao.readSession(logId);
    }

    @Override
    public String findAssistingAdmin(long orderId) {
        return dao.readAssistingAdmin(orderId);
    }
}
