package io.custmgr.sample.seed;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collections;
import java.util.HashSet;

import javax.annotation.Resource;

/**
 * Goes through Broadleaf's {@link AdminSecurityService} so the password is encoded (and salted, if the admin has a
 * salt source) exactly as the admin's own user screens would do it.
 */
public class AdminUserSeederImpl implements AdminUserSeeder {

    private static final Log LOG = LogFactory.getLog(AdminUserSeederImpl.class);

    @Resource(name = "blAdminSecurityService")
    protected AdminSecurityService adminSecurityService;

    @Resource(name = "blEntityConfiguration")
    protected EntityConfiguration entityConfiguration;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Override
    public Outcome seedAdminUser() {
        return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Outcome>() {
            @Override
            public Outcome doInTransaction(TransactionStatus status) {
                return createUnlessPresent();
            }
        });
    }

    protected Outcome createUnlessPresent() {
        if (adminSecurityService.readAdminUserByUserName(ADMIN_LOGIN) != null) {
            return Outcome.ALREADY_PRESENT;
        }
        AdminUser user = entityConfiguration.createEntityInstance(AdminUser.class.getName(), AdminUser.class);
        user.setLogin(ADMIN_LOGIN);
        user.setName("Administrator");
        user.setEmail("admin@example.com");
        user.setActiveStatusFlag(Boolean.TRUE);
        user.setUnencodedPassword(ADMIN_PASSWORD);
        AdminRole role = findRole(ADMIN_ROLE);
        if (role == null) {
            LOG.warn("Admin role " + ADMIN_ROLE + " does not exist (Broadleaf's load_admin_roles.sql was not loaded?): "
                    + "creating admin user '" + ADMIN_LOGIN + "' without roles; it can sign in but sees no sections");
        } else {
            user.setAllRoles(new HashSet<AdminRole>(Collections.singleton(role)));
        }
        adminSecurityService.saveAdminUser(user);
        return role == null ? Outcome.CREATED_WITHOUT_ROLES : Outcome.CREATED_WITH_ADMIN_ROLE;
    }

    private AdminRole findRole(String name) {
        for (AdminRole role : adminSecurityService.readAllAdminRoles()) {
            if (name.equals(role.getName())) {
                return role;
            }
        }
        return null;
    }
}
