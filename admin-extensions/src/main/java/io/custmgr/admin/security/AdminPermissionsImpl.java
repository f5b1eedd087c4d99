package io.custmgr.admin.security;

import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;

@Component("cmAdminPermissions")
public class AdminPermissionsImpl implements AdminPermissions {

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier securityVerifier;

    @Override
    public boolean may(AdminOperation operation, Class<?> ceilingEntity) {
        try {
            securityVerifier.securityCheck(ceilingEntity.getName(), operation.getBroadleafType());
            return true;
        } catch (ServiceException e) {
            return false;
        } catch (RuntimeException e) {
            return false; // no admin user behind the request
        }
    }

    @Override
    public void check(AdminOperation operation, Class<?> ceilingEntity) throws SecurityServiceException {
        if (!may(operation, ceilingEntity)) {
            throw new SecurityServiceException("Security check failed: " + operation + " " + ceilingEntity.getName());
        }
    }

    @Override
    public boolean holds(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || permission == null) {
            return false;
        }
        for (GrantedAuthority authority : auth.getAuthorities()) {
            if (permission.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void checkHolds(String permission) throws SecurityServiceException {
        if (!holds(permission)) {
            throw new SecurityServiceException("Security check failed: needs the permission " + permission);
        }
    }
}
