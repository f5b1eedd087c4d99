package io.custmgr.admin.web.stock;

import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.admin.stock.StateWords;
import io.custmgr.stock.dao.StockSubscriptionRow;
import io.custmgr.stock.service.StockSubscriptionService;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Customer Care → Back-in-Stock: every subscription, newest first, with product, customer or e-mail, since when and
 * state, filtered by state. Read-only ("View Back-in-Stock Subscriptions").
 */
@Controller("cmStockSubscriptionsController")
@RequestMapping("/" + StockSubscriptionsController.SECTION_KEY)
public class StockSubscriptionsController extends AdminAbstractController {

    static final String SECTION_KEY = "stock-subscriptions";
    static final int PAGE_SIZE = 50;
    static final List<String> STATES = Arrays.asList("OPEN", "NOTIFIED", "CANCELLED");

    @Resource(name = "cmStockSubscriptionService")
    protected StockSubscriptionService subscriptions;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model, @RequestParam(value = "state", required = false) String state,
            @RequestParam(value = "page", defaultValue = "0") int page) throws ServiceException {
        permissions.checkHolds(AdminPermissions.VIEW_STOCK_SUBSCRIPTIONS);
        String filter = STATES.contains(state) ? state : null;
        int current = Math.max(0, page);
        // one row more than a page says whether there is a next one
        List<StockSubscriptionRow> rows = subscriptions.findPage(filter, current * PAGE_SIZE, PAGE_SIZE + 1);
        Map<String, String> states = new LinkedHashMap<String, String>();
        for (String s : STATES) {
            states.put(s, StateWords.of(s));
        }
        model.addAttribute("subscriptions", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("states", states);
        model.addAttribute("state", filter == null ? "" : filter);
        model.addAttribute("page", current);
        setModelAttributes(model, SECTION_KEY);
        model.addAttribute("viewType", "custmgr/stockSubscriptions");
        return "modules/defaultContainer";
    }
}
