package io.custmgr.customer.orders.checkout;

import io.custmgr.common.mail.CustomerMail;
import io.custmgr.common.mail.CustomerMailer;
import io.custmgr.common.mail.MailAfterCommit;
import io.custmgr.common.mail.MailKind;
import io.custmgr.common.web.CurrentRequest;
import io.custmgr.common.web.RequestOrigins;
import io.custmgr.customer.orders.detail.OrderDetailService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

import java.io.UnsupportedEncodingException;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The last step of Broadleaf's checkout workflow (appended to {@code blCheckoutWorkflow}): mails the order
 * confirmation with a link to the order's page. An account's link opens {@value #ACCOUNT_ORDER_PATH}{number} after
 * signing in; a guest, who has no account, gets an order link ({@link OrderDetailService#issueLink}) to
 * {@value #GUEST_ORDER_PATH}. Never fails the checkout: an order is placed whether or not its mail can be sent.
 * Bean {@code cmOrderConfirmationMailActivity}; {@code custmgr.orders.confirmationMail=false} turns it off for a host
 * that mails its own confirmation (it can still put {@link OrderDetailService#issueLink} in it).
 */
public class OrderConfirmationMailActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    public static final String MAIL_TEMPLATE = "orderConfirmation";
    public static final String ACCOUNT_ORDER_PATH = "/account/orders/";
    public static final String GUEST_ORDER_PATH = "/orders/view";

    private static final Log LOG = LogFactory.getLog(OrderConfirmationMailActivity.class);

    @Resource(name = "cmOrderDetailService")
    protected OrderDetailService orderDetails;

    @Resource(name = "cmCustomerMailer")
    protected CustomerMailer mailer;

    protected boolean enabled = true;

    /** The storefront's base URL for links outside a storefront request; empty: the current request's origin. */
    protected String storefrontUrl = "";

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (enabled && order != null && order.getOrderNumber() != null && hasEmail(order)) {
            try {
                mail(order);
            } catch (RuntimeException e) {
                LOG.warn("Order confirmation: not sent for order " + order.getId() + ": " + e.getClass().getSimpleName());
            }
        }
        return context;
    }

    protected void mail(Order order) {
        Customer customer = order.getCustomer();
        String base = baseUrl();
        String orderUrl = null;
        if (base != null && customer.isRegistered()) {
            orderUrl = base + ACCOUNT_ORDER_PATH + pathSegment(order.getOrderNumber());
        } else if (base != null) {
            orderUrl = orderDetails.issueLink(customer.getId(), order.getOrderNumber(), base + GUEST_ORDER_PATH);
        }
        CustomerMail mail = new CustomerMail(order.getEmailAddress(), MAIL_TEMPLATE,
                "Your order " + order.getOrderNumber())
                .with("orderNumber", order.getOrderNumber())
                .with("firstName", customer.getFirstName())
                .with("orderUrl", orderUrl)
                .about(MailKind.ORDER_CONFIRMATION, customer.getId());
        MailAfterCommit.send(mailer, mail, "Order confirmation");
    }

    private static boolean hasEmail(Order order) {
        return order.getCustomer() != null && order.getCustomer().getId() != null
                && StringUtils.hasText(order.getEmailAddress());
    }

    /** @return the storefront's origin, or null outside a request without {@code custmgr.storefront.url} */
    protected String baseUrl() {
        if (StringUtils.hasText(storefrontUrl)) {
            return storefrontUrl.replaceAll("/+$", "");
        }
        HttpServletRequest request = CurrentRequest.get();
        return request == null ? null : RequestOrigins.origin(request) + request.getContextPath();
    }

    static String pathSegment(String value) {
        try {
            return UriUtils.encodePathSegment(value, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setStorefrontUrl(String storefrontUrl) {
        this.storefrontUrl = storefrontUrl == null ? "" : storefrontUrl;
    }
}
