package io.custmgr.sample.seed;

import io.custmgr.test.BroadleafIntegrationTest;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.encoding.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the admin user seeder inside the test's transaction (it joins it), so each test rolls back what it created.
 * The webapp gets ROLE_ADMIN from Broadleaf's SQL import; the test database has no such import, so the tests set the
 * role up (or hide it) themselves.
 */
@BroadleafIntegrationTest
@Transactional
class AdminUserSeederIT {

    @Resource(name = "cmSampleAdminUserSeeder")
    AdminUserSeeder seeder;

    @Resource(name = "blAdminSecurityService")
    AdminSecurityService adminSecurityService;

    @Resource(name = "blEntityConfiguration")
    EntityConfiguration entityConfiguration;

    /** What AdminSecurityServiceImpl encodes admin passwords with in 3.1.15 (no admin salt source in the tests). */
    @Resource(name = "blPasswordEncoder")
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void noAdminUserYet() {
        AdminUser existing = adminSecurityService.readAdminUserByUserName(AdminUserSeeder.ADMIN_LOGIN);
        if (existing != null) {
            existing.setLogin("admin-of-an-earlier-run");
            adminSecurityService.saveAdminUser(existing);
        }
    }

    @Test
    void createsAnActiveAdministratorWithRoleAdminOnce() {
        AdminRole adminRole = findOrCreateRole(AdminUserSeeder.ADMIN_ROLE);

        assertEquals(AdminUserSeeder.Outcome.CREATED_WITH_ADMIN_ROLE, seeder.seedAdminUser());
        assertEquals(AdminUserSeeder.Outcome.ALREADY_PRESENT, seeder.seedAdminUser());

        AdminUser admin = adminSecurityService.readAdminUserByUserName(AdminUserSeeder.ADMIN_LOGIN);
        assertEquals("Administrator", admin.getName());
        assertEquals("admin@example.com", admin.getEmail());
        assertTrue(admin.getActiveStatusFlag());
        assertEquals(1, admin.getAllRoles().size());
        assertEquals(adminRole.getId(), admin.getAllRoles().iterator().next().getId());
        assertTrue(passwordEncoder.isPasswordValid(admin.getPassword(), AdminUserSeeder.ADMIN_PASSWORD, null));
        assertFalse(passwordEncoder.isPasswordValid(admin.getPassword(), "not-the-password", null));
    }

    @Test
    void createsTheAdministratorWithoutRolesWhenRoleAdminIsMissing() {
        for (AdminRole role : adminSecurityService.readAllAdminRoles()) {
            if (AdminUserSeeder.ADMIN_ROLE.equals(role.getName())) {
                role.setName("ROLE_ADMIN_HIDDEN_BY_TEST");
                adminSecurityService.saveAdminRole(role);
            }
        }

        assertEquals(AdminUserSeeder.Outcome.CREATED_WITHOUT_ROLES, seeder.seedAdminUser());

        AdminUser admin = adminSecurityService.readAdminUserByUserName(AdminUserSeeder.ADMIN_LOGIN);
        assertTrue(admin.getAllRoles().isEmpty());
        assertNull(findRole(AdminUserSeeder.ADMIN_ROLE));
    }

    private AdminRole findOrCreateRole(String name) {
        AdminRole role = findRole(name);
        if (role == null) {
            role = entityConfiguration.createEntityInstance(AdminRole.class.getName(), AdminRole.class);
            role.setName(name);
            role.setDescription("Admin Master Access");
            role = adminSecurityService.saveAdminRole(role);
        }
        return role;
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
