package io.custmgr.admin.web.jobs;

import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.common.job.ClusterJobs;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;

/**
 * Customer Care → Scheduled Jobs: each job of the module with its last run in the cluster (node, start, duration,
 * outcome, a failure's message) and whether a node holds its lease now. Read-only: GET only, needs the friendly
 * permission "View Scheduled Jobs".
 */
@Controller("cmScheduledJobsController")
@RequestMapping("/" + ScheduledJobsController.SECTION_KEY)
public class ScheduledJobsController extends AdminAbstractController {

    static final String SECTION_KEY = "scheduled-jobs";

    /** The authority the friendly permission "View Scheduled Jobs" gives (load_custmgr_admin_security.sql). */
    public static final String PERMISSION = "PERMISSION_CUSTMGR_SCHEDULED_JOBS";

    @Resource(name = "cmClusterJobs")
    protected ClusterJobs jobs;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) throws ServiceException {
        permissions.checkHolds(PERMISSION);
        model.addAttribute("jobs", jobs.getRuns().findAll(ClusterJobs.KNOWN));
        model.addAttribute("node", jobs.getNode());
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/scheduledJobs");
        return "modules/defaultContainer";
    }
}
