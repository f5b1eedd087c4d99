package io.custmgr.site.web.rewards;

import io.custmgr.common.web.PrivateResponses;
import io.custmgr.rewards.service.RewardPointsService;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Date;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * "Reward points" for the signed-in shopper (the host secures {@code /account} like its account pages): {@value #PATH}
 * renders the host's view {@value #VIEW} with {@code balance} (active and pending), {@code lines} (the history, newest
 * first, {@value #ROWS} a page: {@code page}, {@code hasNext}), {@code now} and {@code pointsPerUnit} (points worth one
 * currency unit at checkout). Three statements; never cached.
 */
@Controller
public class MyRewardPointsController {

    public static final String PATH = "/account/reward-points";
    public static final String VIEW = "account/rewardPoints";
    public static final int ROWS = 25;

    @Resource(name = "cmRewardPointsService")
    protected RewardPointsService points;

    @RequestMapping(value = PATH, method = { RequestMethod.GET, RequestMethod.HEAD })
    public String rewardPoints(Model model, HttpServletResponse response,
            @RequestParam(value = "page", defaultValue = "1") int page) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            return "redirect:/login";
        }
        PrivateResponses.keepPrivate(response);
        int current = Math.max(1, page);
        model.addAttribute("balance", points.findBalance(customer.getId()));
        model.addAttribute("lines", points.findLedger(customer.getId(), (current - 1) * ROWS, ROWS));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", (long) current * ROWS < points.countLedger(customer.getId()));
        model.addAttribute("now", new Date());
        model.addAttribute("pointsPerUnit", points.getSettings().getRedeemPointsPerUnit());
        return VIEW;
    }
}
