package io.custmgr.search.bench;

import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.security.remote.AdminSecurityServiceRemote;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;

/**
 * Lets the benchmark call the admin's fetch without a signed-in admin user (custmgr-bench-admin-applicationContext.xml);
 * everything else is Broadleaf's.
 */
public class PermitAllAdminSecurity extends AdminSecurityServiceRemote {

    @Override
    public void securityCheck(PersistencePackage persistencePackage, EntityOperationType operationType) {
    }

    @Override
    public void securityCheck(String ceilingEntityFullyQualifiedName, EntityOperationType operationType) {
    }

    @Override
    protected void securityCheck(String[] ceilingNames, EntityOperationType operationType) {
    }
}
