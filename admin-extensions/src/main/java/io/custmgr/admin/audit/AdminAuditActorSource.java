package io.custmgr.admin.audit;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActorSource;
import io.custmgr.common.hibernate.ListenerBridge;
import io.custmgr.common.web.ClientIpResolver;
import org.broadleafcommerce.openadmin.server.security.service.AdminUserDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * In the admin webapp, the admin user signed in on the current request (from Spring Security's context, no query) and
 * the client IP: the "who" of every customer audit record.
 */
@Component("cmAdminAuditActorSource")
public class AdminAuditActorSource implements AuditActorSource {

    @Resource(name = "cmClientIpResolver")
    protected ClientIpResolver ipResolver;

    @PostConstruct
    public void register() {
        ListenerBridge.register(AuditActorSource.class, this);
    }

    @PreDestroy
    public void release() {
        ListenerBridge.unregister(AuditActorSource.class, this);
    }

    @Override
    public AuditActor currentAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AdminUserDetails)) {
            return null;
        }
        AdminUserDetails admin = (AdminUserDetails) authentication.getPrincipal();
        return AuditActor.admin(admin.getId(), admin.getUsername(), ipResolver.resolveCurrent());
    }
}
