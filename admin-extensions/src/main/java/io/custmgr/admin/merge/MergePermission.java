package io.custmgr.admin.merge;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The admin permission of its own that merging customers needs (it cannot be undone): granted through the friendly
 * permission "Merge Customers" (load_custmgr_admin_security.sql), which Broadleaf turns into this authority at login.
 */
public final class MergePermission {

    public static final String AUTHORITY = "PERMISSION_CUSTMGR_MERGE_CUSTOMERS";

    private MergePermission() {
    }

    public static boolean isGranted() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        for (GrantedAuthority authority : auth.getAuthorities()) {
            if (AUTHORITY.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
