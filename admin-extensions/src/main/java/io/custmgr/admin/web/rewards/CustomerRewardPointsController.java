package io.custmgr.admin.web.rewards;

import io.custmgr.admin.rewards.RewardPointsTab;
import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminOperation;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.rewards.service.InvalidPointsChangeException;
import io.custmgr.rewards.service.RewardPointsService;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Date;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * A customer's reward points, from the customer form's Reward points tab: balance, the whole ledger 50 lines a page,
 * and "Add or remove points" (whole points and a note). Viewing needs the customer read permission; the POST needs
 * "Manage Reward Points" and the admin's CSRF token, and the service audits it in the customer's trail. A refused
 * change shows the page again with the error beside its field and the input kept; nothing changed.
 */
@Controller("cmCustomerRewardPointsController")
@RequestMapping("/customer/{customerId}/reward-points")
public class CustomerRewardPointsController extends AdminAbstractController {

    static final String VIEW = "custmgr/customerRewardPoints";
    static final int ROWS = 50;

    @Resource(name = "cmRewardPointsService")
    protected RewardPointsService points;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, @PathVariable("customerId") Long customerId,
            @RequestParam(value = "page", defaultValue = "1") int page) throws ServiceException {
        permissions.check(AdminOperation.READ, Customer.class);
        int current = Math.max(1, page);
        long count = points.countLedger(customerId);
        model.addAttribute("customerId", customerId);
        model.addAttribute("balance", points.findBalance(customerId));
        model.addAttribute("lines", points.findLedger(customerId, (current - 1) * ROWS, ROWS));
        model.addAttribute("now", new Date());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", (long) current * ROWS < count);
        model.addAttribute("count", count);
        model.addAttribute("maxPoints", points.getSettings().getAdjustMaxPoints());
        boolean mayManage = permissions.holds(AdminPermissions.MANAGE_REWARD_POINTS);
        model.addAttribute("mayManage", mayManage);
        if (mayManage) {
            csrf.addToken(model);
        }
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", VIEW);
        return "modules/defaultContainer";
    }

    /** A row of the tab: the page. */
    @RequestMapping(value = "/{lineId:[0-9]+}", method = RequestMethod.GET)
    public String showLine(@PathVariable("customerId") Long customerId) throws ServiceException {
        permissions.check(AdminOperation.READ, Customer.class);
        return "redirect:" + RewardPointsTab.pathOf(customerId);
    }

    @RequestMapping(value = "/adjust", method = RequestMethod.POST)
    public String adjust(Model model, HttpServletRequest request, RedirectAttributes redirect,
            @PathVariable("customerId") Long customerId,
            @RequestParam(value = "points", required = false) String change,
            @RequestParam(value = "note", required = false) String note) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_REWARD_POINTS);
        csrf.check(request);
        try {
            points.adjust(customerId, change, note);
            redirect.addFlashAttribute("adjusted", change.trim());
            return "redirect:" + RewardPointsTab.pathOf(customerId);
        } catch (InvalidPointsChangeException e) {
            model.addAttribute("errors", e.getErrors());
            model.addAttribute("pointsInput", change);
            model.addAttribute("noteInput", note);
            return show(model, customerId, 1);
        }
    }
}
