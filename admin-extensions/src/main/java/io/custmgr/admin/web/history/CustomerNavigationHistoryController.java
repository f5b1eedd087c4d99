package io.custmgr.admin.web.history;

import io.custmgr.admin.history.NavigationHistoryRow;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.history.domain.PageView;
import io.custmgr.history.service.NavigationHistoryService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * A customer's navigation history, oldest view first, paged, optionally within a date range. Needs the admin
 * permission to read customers.
 */
@Controller("cmCustomerNavigationHistoryController")
@RequestMapping("/customer/{customerId}/navigation-history")
public class CustomerNavigationHistoryController extends AdminAbstractController {

    static final int PAGE_SIZE = 50;
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    @Resource(name = "cmNavigationHistoryService")
    protected NavigationHistoryService historyService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model, @PathVariable("customerId") Long customerId,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.check(READ, Customer.class);
        List<String> errors = new ArrayList<String>();
        Date fromDate = day(from, "From", errors);
        Date toDay = day(to, "To", errors);
        Date toDate = toDay == null ? null : new Date(toDay.getTime() + DAY_MS); // "to" includes its whole day
        long total = historyService.countViews(customerId, fromDate, toDate);
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shownPage = Math.min(Math.max(0, page), lastPage);
        List<NavigationHistoryRow> rows = new ArrayList<NavigationHistoryRow>();
        for (PageView view : historyService.findViews(customerId, fromDate, toDate, shownPage, PAGE_SIZE)) {
            rows.add(new NavigationHistoryRow(view));
        }

        Customer customer = customerService.readCustomerById(customerId);
        model.addAttribute("customerId", customerId);
        model.addAttribute("customerLabel", customer == null ? "#" + customerId : label(customer));
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", shownPage);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("from", fromDate == null ? "" : from.trim());
        model.addAttribute("to", toDay == null ? "" : to.trim());
        model.addAttribute("dateErrors", errors);
        setModelAttributes(model, "customer");
        model.addAttribute("viewType", "custmgr/navigationHistory");
        return "modules/defaultContainer";
    }

    private static Date day(String value, String label, List<String> errors) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setLenient(false);
        try {
            return format.parse(value.trim());
        } catch (ParseException e) {
            errors.add(label + " must be a date written YYYY-MM-DD; it was ignored");
            return null;
        }
    }

    private static String label(Customer customer) {
        String name = ((customer.getFirstName() == null ? "" : customer.getFirstName()) + " "
                + (customer.getLastName() == null ? "" : customer.getLastName())).trim();
        String email = customer.getEmailAddress() == null ? "" : customer.getEmailAddress();
        return name.isEmpty() ? email : name + " (" + email + ")";
    }
}
