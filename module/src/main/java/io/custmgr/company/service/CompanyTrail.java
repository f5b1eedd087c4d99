package io.custmgr.company.service;

import io.custmgr.audit.service.AdminAuditEntry;
import io.custmgr.audit.service.AdminAuditService;
import io.custmgr.audit.service.AuditActor;
import io.custmgr.audit.service.AuditActors;
import io.custmgr.audit.type.AdminAuditAction;
import io.custmgr.company.domain.CompanyImpl;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * The company's audit trail (admin audit records of section Companies owned by the company) for changes made outside
 * the admin: a shopper requesting a company or managing its members on the storefront. An admin user's changes are
 * recorded there by the admin audit listener already, so this records nothing for them. Written in the caller's
 * transaction.
 */
@Component("cmCompanyTrail")
public class CompanyTrail {

    @Resource(name = "cmAdminAuditService")
    protected AdminAuditService adminAudit;

    public void record(long companyId, Class<?> entityType, Object entityId, String label, AdminAuditAction action,
            String newValues) {
        if (AuditActors.currentAdmin() != null) {
            return;
        }
        adminAudit.recordChange(new AdminAuditEntry(CompanyImpl.SECTION, entityType.getName(),
                String.valueOf(entityId), label, action, null, newValues).ownedBy(CompanyImpl.auditKey(companyId)),
                AuditActor.customer(null));
    }
}
