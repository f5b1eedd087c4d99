package io.custmgr.sample.seed;

import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRoleImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUserImpl;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class AdminUserSeederImplTest {

    @Mock
    AdminSecurityService adminSecurityService;

    @Mock
    EntityConfiguration entityConfiguration;

    @Mock
    PlatformTransactionManager transactionManager;

    private final AdminUserSeederImpl seeder = new AdminUserSeederImpl();

    @BeforeEach
    void setUp() {
        seeder.adminSecurityService = adminSecurityService;
        seeder.entityConfiguration = entityConfiguration;
        seeder.transactionManager = transactionManager;
    }

    @Test
    void leavesAnExistingAdminAlone() {
        when(adminSecurityService.readAdminUserByUserName("admin")).thenReturn(new AdminUserImpl());

        assertEquals(AdminUserSeeder.Outcome.ALREADY_PRESENT, seeder.seedAdminUser());

        verify(adminSecurityService, never()).saveAdminUser(any(AdminUser.class));
    }

    @Test
    void createsTheAdminWithRoleAdminAndAnUnencodedPasswordForTheService() {
        AdminRole other = role("ROLE_CONTENT_EDITOR");
        AdminRole admin = role("ROLE_ADMIN");
        givenNewUserEntity();
        when(adminSecurityService.readAllAdminRoles()).thenReturn(Arrays.asList(other, admin));

        assertEquals(AdminUserSeeder.Outcome.CREATED_WITH_ADMIN_ROLE, seeder.seedAdminUser());

        AdminUser saved = savedUser();
        assertEquals("admin", saved.getLogin());
        assertEquals("admin", saved.getUnencodedPassword());
        assertEquals("Administrator", saved.getName());
        assertEquals("admin@example.com", saved.getEmail());
        assertTrue(saved.getActiveStatusFlag());
        assertEquals(1, saved.getAllRoles().size());
        assertSame(admin, saved.getAllRoles().iterator().next());
    }

    @Test
    void createsTheAdminWithoutRolesWhenRoleAdminIsMissing() {
        givenNewUserEntity();
        when(adminSecurityService.readAllAdminRoles()).thenReturn(Collections.singletonList(role("ROLE_CSR")));

        assertEquals(AdminUserSeeder.Outcome.CREATED_WITHOUT_ROLES, seeder.seedAdminUser());

        assertTrue(savedUser().getAllRoles().isEmpty());
    }

    private void givenNewUserEntity() {
        when(entityConfiguration.createEntityInstance(AdminUser.class.getName(), AdminUser.class))
                .thenReturn(new AdminUserImpl());
    }

    private AdminUser savedUser() {
        ArgumentCaptor<AdminUser> saved = ArgumentCaptor.forClass(AdminUser.class);
        verify(adminSecurityService).saveAdminUser(saved.capture());
        return saved.getValue();
    }

    private static AdminRole role(String name) {
        AdminRole role = new AdminRoleImpl();
        role.setName(name);
        return role;
    }
}
