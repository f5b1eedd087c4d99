package io.custmgr.admin.security;

import org.broadleafcommerce.common.exception.ServiceException;
import org.springframework.ui.Model;

import javax.servlet.http.HttpServletRequest;

/**
 * The CSRF token of the admin user's session, as Broadleaf's {@code blExploitProtectionService} keeps it: every page of
 * the module with a POST form puts it in the model; every POST handler of the module checks it (besides Broadleaf's
 * admin CSRF filter, so a host that maps the module's URLs differently stays protected).
 */
public interface AdminCsrf {

    /** Puts {@code csrfParameter} (the parameter name) and {@code csrfToken} into the model for the page's forms. */
    void addToken(Model model) throws ServiceException;

    /** @throws ServiceException when the request does not carry the session's token */
    void check(HttpServletRequest request) throws ServiceException;
}
