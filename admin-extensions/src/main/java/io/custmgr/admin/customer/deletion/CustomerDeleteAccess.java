package io.custmgr.admin.customer.deletion;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

/** Who may delete customers: Broadleaf's own delete permission on the customer section (as its Delete button). */
@Component("cmCustomerDeleteAccess")
public class CustomerDeleteAccess {

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier securityVerifier;

    /** @throws ServiceException (a security exception) when the admin user may not delete customers */
    public void checkDelete() throws ServiceException {
        securityVerifier.securityCheck(Customer.class.getName(), EntityOperationType.REMOVE);
    }

    public boolean mayDelete() {
        try {
            checkDelete();
            return true;
        } catch (ServiceException e) {
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
