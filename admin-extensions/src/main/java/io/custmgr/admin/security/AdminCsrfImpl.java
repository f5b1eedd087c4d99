package io.custmgr.admin.security;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

@Component("cmAdminCsrf")
public class AdminCsrfImpl implements AdminCsrf {

    @Resource(name = "blExploitProtectionService")
    protected ExploitProtectionService exploitProtection;

    @Override
    public void addToken(Model model) throws ServiceException {
        model.addAttribute("csrfParameter", exploitProtection.getCsrfTokenParameter());
        model.addAttribute("csrfToken", exploitProtection.getCSRFToken());
    }

    @Override
    public void check(HttpServletRequest request) throws ServiceException {
        exploitProtection.compareToken(request.getParameter(exploitProtection.getCsrfTokenParameter()));
    }
}
