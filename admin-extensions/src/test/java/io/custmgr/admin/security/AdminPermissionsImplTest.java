package io.custmgr.admin.security;

import io.custmgr.ipblock.domain.BlockedIp;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class AdminPermissionsImplTest {

    private final SecurityVerifier verifier = mock(SecurityVerifier.class);
    private final AdminPermissionsImpl permissions = new AdminPermissionsImpl();

    @BeforeEach
    void useVerifier() {
        permissions.securityVerifier = verifier;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void grantedWhenBroadleafLetsTheUserReadOrders() throws Exception {
        assertTrue(permissions.may(AdminOperation.READ, Order.class));
        verify(verifier).securityCheck(Order.class.getName(), EntityOperationType.FETCH);
    }

    @Test
    void refusedWhenBroadleafsSecurityCheckFails() throws Exception {
        doThrow(new SecurityServiceException("no")).when(verifier)
                .securityCheck(Order.class.getName(), EntityOperationType.FETCH);

        assertFalse(permissions.may(AdminOperation.READ, Order.class));
    }

    @Test
    void eachOperationAsksBroadleafForItsOwnPermissionType() throws Exception {
        permissions.may(AdminOperation.CREATE, BlockedIp.class);
        permissions.may(AdminOperation.UPDATE, BlockedIp.class);
        permissions.may(AdminOperation.DELETE, BlockedIp.class);

        verify(verifier).securityCheck(BlockedIp.class.getName(), EntityOperationType.ADD);
        verify(verifier).securityCheck(BlockedIp.class.getName(), EntityOperationType.UPDATE);
        verify(verifier).securityCheck(BlockedIp.class.getName(), EntityOperationType.REMOVE);
    }

    @Test
    void refusedWithoutAnAdminUserBehindTheRequest() throws Exception {
        doThrow(new NullPointerException("no admin user")).when(verifier)
                .securityCheck(BlockedIp.class.getName(), EntityOperationType.REMOVE);

        assertFalse(permissions.may(AdminOperation.DELETE, BlockedIp.class));
        assertThrows(SecurityServiceException.class, () -> permissions.check(AdminOperation.DELETE, BlockedIp.class));
    }

    @Test
    void checkPassesWhenGrantedAndThrowsWhenRefused() throws Exception {
        assertDoesNotThrow(() -> permissions.check(AdminOperation.UPDATE, BlockedIp.class));
        doThrow(new SecurityServiceException("no")).when(verifier)
                .securityCheck(BlockedIp.class.getName(), EntityOperationType.UPDATE);

        assertThrows(SecurityServiceException.class, () -> permissions.check(AdminOperation.UPDATE, BlockedIp.class));
    }

    @Test
    void aNamedPermissionIsHeldOnlyWhenTheSignedInUserHasThatAuthority() {
        signInWith("PERMISSION_CUSTMGR_MERGE_CUSTOMERS");

        assertTrue(permissions.holds("PERMISSION_CUSTMGR_MERGE_CUSTOMERS"));
        assertFalse(permissions.holds("PERMISSION_CUSTMGR_OTHER"));
        assertDoesNotThrow(() -> permissions.checkHolds("PERMISSION_CUSTMGR_MERGE_CUSTOMERS"));
        assertThrows(SecurityServiceException.class, () -> permissions.checkHolds("PERMISSION_CUSTMGR_OTHER"));
    }

    @Test
    void noNamedPermissionIsHeldWithoutASignedInUser() {
        assertFalse(permissions.holds("PERMISSION_CUSTMGR_MERGE_CUSTOMERS"));
        assertThrows(SecurityServiceException.class,
                () -> permissions.checkHolds("PERMISSION_CUSTMGR_MERGE_CUSTOMERS"));
    }

    private static void signInWith(String authority) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", "x",
                Collections.singletonList(new SimpleGrantedAuthority(authority))));
    }
}
