package io.custmgr.admin.web.assist;

import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.assist.AssistanceLog;
import io.custmgr.assist.service.AssistanceLogFilter;
import io.custmgr.assist.service.AssistanceService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;

import javax.annotation.Resource;

import static io.custmgr.admin.security.AdminOperation.READ;

/**
 * Customer Care → Assistance Log: every storefront session an admin user opened as a customer ("Login as customer"),
 * newest first, paged, filterable by admin user, customer (e-mail or id) and the day range it started in. Read-only:
 * GET only, needs the permission to read {@link AssistanceLog}.
 */
@Controller("cmAssistanceLogController")
@RequestMapping("/" + AssistanceLogController.SECTION_KEY)
public class AssistanceLogController extends AdminAbstractController {

    static final String SECTION_KEY = "assistance-log";
    static final int PAGE_SIZE = 50;
    static final int FILTER_LENGTH = 255;

    @Resource(name = "cmAssistanceService")
    protected AssistanceService assistance;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, @RequestParam(value = "admin", required = false) String admin,
            @RequestParam(value = "customer", required = false) String customer,
            @RequestParam(value = "from", required = false) String from,
            @RequestParam(value = "to", required = false) String to,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.check(READ, AssistanceLog.class);
        Date fromDay = day(from);
        Date toDay = day(to);
        AssistanceLogFilter filter = new AssistanceLogFilter(limited(admin), limited(customer), fromDay,
                toDay == null ? null : nextDay(toDay));
        long total = assistance.countEntries(filter);
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(0, page), lastPage);

        model.addAttribute("entries", assistance.findEntries(filter, shown * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("admin", admin == null ? "" : admin);
        model.addAttribute("customer", customer == null ? "" : customer);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("fromInvalid", from != null && !from.trim().isEmpty() && fromDay == null);
        model.addAttribute("toInvalid", to != null && !to.trim().isEmpty() && toDay == null);
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("lastPage", lastPage);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/assistanceLog");
        return "modules/defaultContainer";
    }

    /** @return the day (yyyy-MM-dd, server time zone), or null when blank or not a date */
    static Date day(String text) {
        if (text == null || text.trim().isEmpty()) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
        format.setLenient(false);
        try {
            return format.parse(text.trim());
        } catch (ParseException e) {
            return null;
        }
    }

    private static Date nextDay(Date day) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(day);
        calendar.add(Calendar.DAY_OF_MONTH, 1);
        return calendar.getTime();
    }

    /** An oversized filter matches nothing useful; it is cut rather than sent whole to the database. */
    private static String limited(String text) {
        return text == null || text.length() <= FILTER_LENGTH ? text : text.substring(0, FILTER_LENGTH);
    }
}
