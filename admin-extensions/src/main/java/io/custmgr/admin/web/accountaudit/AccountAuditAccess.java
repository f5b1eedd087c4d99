package io.custmgr.admin.web.accountaudit;

import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActorSource;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import javax.annotation.Resource;

/**
 * The account audit's permissions (load_custmgr_admin_security.sql): the page has no entity of its own, so its rows
 * name the ceiling entity {@value #CEILING}; reading the results is READ, running the audit UPDATE, deleting
 * accounts DELETE. Blocking an IP from the page needs the Blocked IPs section's create permission.
 */
@Component("cmAccountAuditAccess")
public class AccountAuditAccess {

    public static final String CEILING = "io.custmgr.accountaudit.AccountAudit";
    static final String BLOCKED_IP_CEILING = "io.custmgr.ipblock.domain.BlockedIp";

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier securityVerifier;

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtection;

    @Resource(name = "cmAdminAuditActorSource")
    protected AuditActorSource actors;

    public void checkRead() throws ServiceException {
        securityVerifier.securityCheck(CEILING, EntityOperationType.FETCH);
    }

    public void checkRun() throws ServiceException {
        securityVerifier.securityCheck(CEILING, EntityOperationType.UPDATE);
    }

    public void checkCleanup() throws ServiceException {
        securityVerifier.securityCheck(CEILING, EntityOperationType.REMOVE);
    }

    public void checkBlockIp() throws ServiceException {
        securityVerifier.securityCheck(BLOCKED_IP_CEILING, EntityOperationType.ADD);
    }

    /** @return whether the current admin may, without throwing (to show or hide buttons) */
    public boolean mayCleanup() {
        return allowed(CEILING, EntityOperationType.REMOVE);
    }

    public boolean mayRun() {
        return allowed(CEILING, EntityOperationType.UPDATE);
    }

    public boolean mayBlockIp() {
        return allowed(BLOCKED_IP_CEILING, EntityOperationType.ADD);
    }

    /** Puts the session's CSRF token (and its parameter name) into the model for the page's POST forms. */
    public void addCsrfToken(Model model) throws ServiceException {
        model.addAttribute("csrfParameter", exploitProtection.getCsrfTokenParameter());
        model.addAttribute("csrfToken", exploitProtection.getCSRFToken());
    }

    /** @return the signed-in admin's login, for the run's "started by" */
    public String currentAdmin() {
        AuditActor actor = actors.currentAdmin();
        return actor == null ? "admin" : actor.getName();
    }

    private boolean allowed(String ceiling, EntityOperationType operation) {
        try {
            securityVerifier.securityCheck(ceiling, operation);
            return true;
        } catch (ServiceException e) {
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
