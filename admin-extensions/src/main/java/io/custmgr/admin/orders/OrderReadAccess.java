package io.custmgr.admin.orders;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/**
 * Whether the signed-in admin user may read orders (Broadleaf's order permissions): the customer form shows the
 * Orders, Current cart and Wishlist tabs only then, as they show what Broadleaf's order screens would.
 */
@Component("cmOrderReadAccess")
public class OrderReadAccess {

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier securityVerifier;

    public boolean isGranted() {
        try {
            securityVerifier.securityCheck(Order.class.getName(), EntityOperationType.FETCH);
            return true;
        } catch (ServiceException e) {
            return false;
        }
    }
}
