package io.custmgr.admin.orders;

import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

class OrderReadAccessTest {

    private final SecurityVerifier verifier = mock(SecurityVerifier.class);
    private final OrderReadAccess access = new OrderReadAccess();

    @Test
    void grantedWhenBroadleafLetsTheUserReadOrders() {
        access.securityVerifier = verifier;

        assertTrue(access.isGranted());
    }

    @Test
    void refusedWhenBroadleafsSecurityCheckFails() throws Exception {
        access.securityVerifier = verifier;
        doThrow(new SecurityServiceException("no")).when(verifier)
                .securityCheck(Order.class.getName(), EntityOperationType.FETCH);

        assertFalse(access.isGranted());
    }
}
