package io.custmgr.consent.service;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.CustomerAuditService;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.web.CurrentRequest;
import io.custmgr.consent.dao.ConsentDao;
import io.custmgr.consent.domain.ConsentRecord;
import io.custmgr.consent.domain.ConsentRecordImpl;
import io.custmgr.consent.type.ConsentKind;
import io.custmgr.consent.type.ConsentSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/** While the context runs it is also the service the consent listener asks for the origin of a change. */
@Service("cmConsentService")
public class ConsentServiceImpl implements ConsentService {

    @Resource(name = "cmConsentDao")
    protected ConsentDao consentDao;

    @Resource(name = "cmCustomerAuditService")
    protected CustomerAuditService auditService;

    @PostConstruct
    public void register() {
        ListenerBridge.register(ConsentService.class, this);
    }

    @PreDestroy
    public void unregister() {
        ListenerBridge.unregister(ConsentService.class, this);
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public ConsentRecord record(Long customerId, String kind, boolean granted, ConsentOrigin origin) {
        if (customerId == null || kind == null || kind.isEmpty() || kind.length() > ConsentKind.MAX_LENGTH) {
            throw new IllegalArgumentException("A consent needs a customer and a kind of up to "
                    + ConsentKind.MAX_LENGTH + " characters");
        }
        ConsentRecord record = new ConsentRecordImpl(customerId, kind, granted,
                origin == null ? currentOrigin(false) : origin, new Date());
        consentDao.save(record);
        return record;
    }

    @Override
    public ConsentOrigin currentOrigin(boolean newCustomer) {
        AuditActor actor = auditService.currentActor();
        if (AuditActor.ADMIN.equals(actor.getKind())) {
            return new ConsentOrigin(ConsentSource.ADMIN, actor.getAdminUserId(), actor.getIpAddress());
        }
        HttpServletRequest request = CurrentRequest.get();
        if (request == null) {
            return new ConsentOrigin(ConsentSource.HOST_CODE, null, null);
        }
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        path = path.startsWith(context) ? path.substring(context.length()) : path;
        ConsentSource source = path.startsWith("/checkout") ? ConsentSource.CHECKOUT
                : newCustomer ? ConsentSource.REGISTRATION : ConsentSource.ACCOUNT_PAGE;
        return new ConsentOrigin(source, null, actor.getIpAddress());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ConsentRecord> findConsents(Long customerId, int max) {
        return consentDao.readConsents(customerId, max);
    }
}
