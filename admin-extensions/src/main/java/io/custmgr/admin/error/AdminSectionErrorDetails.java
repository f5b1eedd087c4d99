package io.custmgr.admin.error;

import io.custmgr.common.web.error.ErrorKind;
import io.custmgr.common.web.error.ErrorPageDetails;
import io.custmgr.common.web.error.ErrorPages;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.http.HttpServletRequest;

/**
 * Names what was not found on an admin address {@code /<section>[/<id>[/…]]}: the section's menu name and the record
 * id, or that there is no such section. Adds {@code errorSection} (the key from the address), {@code
 * errorSectionName} (null when no section has that address) and {@code errorRecordId} (null when the address has
 * none).
 */
public class AdminSectionErrorDetails implements ErrorPageDetails {

    public static final String SECTION = "errorSection";
    public static final String SECTION_NAME = "errorSectionName";
    public static final String RECORD_ID = "errorRecordId";

    private static final Log LOG = LogFactory.getLog(AdminSectionErrorDetails.class);

    private final AdminNavigationService navigation;

    public AdminSectionErrorDetails(AdminNavigationService navigation) {
        this.navigation = navigation;
    }

    @Override
    public void describe(HttpServletRequest request, ErrorKind kind, ModelAndView page) {
        if (kind != ErrorKind.NOT_FOUND) {
            return;
        }
        String[] segments = ErrorPages.requestedPath(request).replaceFirst("^/+", "").split("[/?;]");
        if (segments.length == 0 || segments[0].isEmpty()) {
            return;
        }
        page.addObject(SECTION, segments[0]);
        page.addObject(RECORD_ID, segments.length > 1 && !segments[1].isEmpty() ? segments[1] : null);
        page.addObject(SECTION_NAME, sectionName(segments[0]));
    }

    private String sectionName(String key) {
        try {
            AdminSection section = navigation.findAdminSectionByURI("/" + key);
            return section == null ? null : section.getName();
        } catch (RuntimeException e) {
            LOG.warn("Could not look up the admin section /" + key + " for an error page", e);
            return null;
        }
    }
}
