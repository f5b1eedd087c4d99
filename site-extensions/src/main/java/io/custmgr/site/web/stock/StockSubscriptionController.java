package io.custmgr.site.web.stock;

import io.custmgr.common.web.PrivateResponses;
import io.custmgr.stock.service.StockSubscriptionRefusedException;
import io.custmgr.stock.service.StockSubscriptionService;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * "Notify me when available" on the storefront. {@value #SUBSCRIBE_PATH} (POST with the storefront's CSRF token:
 * {@code productId}, {@code skuId}, {@code email} for a shopper not signed in) subscribes and redirects back to the
 * product's page with the parameter {@code stockSubscribed=true}, or {@code stockField} and {@code stockError} (the
 * field and its message key; never the address typed, which has no place in a URL). Parameters rather than flash
 * attributes: Broadleaf's product controller does not put flash attributes into its model. {@value #UNSUBSCRIBE_PATH}{@code ?token=} shows the host's view {@value #VIEW} with a button;
 * only its POST closes the subscriptions (mail scanners follow links), rendering {@code unsubscribed} (how many) or
 * {@code unsubscribeError} (a message key) with status 404.
 */
@Controller
public class StockSubscriptionController {

    public static final String SUBSCRIBE_PATH = "/stock/subscribe";
    public static final String UNSUBSCRIBE_PATH = "/stock/unsubscribe";
    public static final String VIEW = "stock/unsubscribe";

    @Resource(name = "cmStockSubscriptionService")
    protected StockSubscriptionService subscriptions;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = SUBSCRIBE_PATH, method = RequestMethod.POST)
    public String subscribe(@RequestParam(value = "productId", required = false) Long productId,
            @RequestParam(value = "skuId", required = false) Long skuId,
            @RequestParam(value = "email", required = false) String email) {
        String outcome;
        try {
            subscriptions.subscribe(signedInCustomerId(), email, skuId);
            outcome = "stockSubscribed=true";
        } catch (StockSubscriptionRefusedException e) {
            outcome = "stockField=" + e.getField() + "&stockError=" + e.getMessageKey();
        }
        return "redirect:" + productUrl(productId) + "?" + outcome;
    }

    @RequestMapping(value = UNSUBSCRIBE_PATH, method = RequestMethod.GET)
    public String confirm(@RequestParam(value = "token", required = false) String token, Model model,
            HttpServletResponse response) {
        PrivateResponses.keepPrivate(response);
        model.addAttribute("token", token);
        return VIEW;
    }

    @RequestMapping(value = UNSUBSCRIBE_PATH, method = RequestMethod.POST)
    public String unsubscribe(@RequestParam(value = "token", required = false) String token, Model model,
            HttpServletResponse response) {
        PrivateResponses.keepPrivate(response);
        try {
            model.addAttribute("unsubscribed", subscriptions.unsubscribe(token));
        } catch (StockSubscriptionRefusedException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("unsubscribeError", e.getMessageKey());
        }
        return VIEW;
    }

    /** @return the signed-in customer's id, or null for anyone else (a remembered anonymous customer included) */
    protected Long signedInCustomerId() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isLoggedIn() ? customer.getId() : null;
    }

    /** Back to the product's own page, never to an address the request names. */
    private String productUrl(Long productId) {
        Product product = productId == null ? null : catalogService.findProductById(productId);
        String url = product == null ? null : product.getUrl();
        return url == null || !url.startsWith("/") || url.startsWith("//") ? "/" : url;
    }
}
