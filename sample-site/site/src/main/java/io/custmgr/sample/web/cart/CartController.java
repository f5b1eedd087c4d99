package io.custmgr.sample.web.cart;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.cart.BroadleafCartController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.core.web.order.model.AddToCartItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The cart page and its plain-form operations (POST, CSRF token from blc:form): add, change quantity, remove. */
@Controller
@RequestMapping("/cart")
class CartController extends BroadleafCartController {

    static final String ITEM = "addToCartItem";
    static final int MAX_QUANTITY = 99;

    /** Only what the forms send: never prices, options or child items. */
    @InitBinder(ITEM)
    void limitBinding(WebDataBinder binder) {
        binder.setAllowedFields("productId", "skuId", "quantity", "orderItemId");
    }

    @Override
    @RequestMapping(value = "", method = { RequestMethod.GET, RequestMethod.HEAD })
    public String cart(HttpServletRequest request, HttpServletResponse response, Model model)
            throws PricingException {
        return super.cart(request, response, model);
    }

    /** A malformed field (say quantity=abc) is ignored: the quantity falls back to 1, a missing product to the cart. */
    @RequestMapping(value = "/add", method = RequestMethod.POST)
    String addItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute(ITEM) AddToCartItem item, BindingResult ignored)
            throws IOException, AddToCartException, PricingException {
        Product product = item.getProductId() == null ? null : catalogService.findProductById(item.getProductId());
        if (product == null) {
            return getCartPageRedirect();
        }
        item.setQuantity(clamp(item.getQuantity(), 1));
        try {
            return add(request, response, model, item);
        } catch (AddToCartException e) {
            return "redirect:" + product.getUrl() + "?addError=true";
        }
    }

    /** Quantity 0 removes the item. */
    @RequestMapping(value = "/updateQuantity", method = RequestMethod.POST)
    String changeQuantity(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute(ITEM) AddToCartItem item, BindingResult ignored)
            throws IOException, UpdateCartException, PricingException, RemoveFromCartException {
        if (!inCart(item.getOrderItemId()) || item.getQuantity() == null) {
            return getCartPageRedirect();
        }
        item.setQuantity(clamp(item.getQuantity(), 0));
        return updateQuantity(request, response, model, item);
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    String removeItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute(ITEM) AddToCartItem item, BindingResult ignored)
            throws IOException, PricingException, RemoveFromCartException {
        if (!inCart(item.getOrderItemId())) {
            return getCartPageRedirect();
        }
        return remove(request, response, model, item);
    }

    /** Stale forms (another tab, an emptied cart) and other people's item ids just show the cart again. */
    private static boolean inCart(Long orderItemId) {
        Order cart = CartState.getCart();
        if (orderItemId == null || cart == null || cart.getOrderItems() == null) {
            return false;
        }
        for (OrderItem orderItem : cart.getOrderItems()) {
            if (orderItemId.equals(orderItem.getId())) {
                return true;
            }
        }
        return false;
    }

    private static int clamp(Integer quantity, int min) {
        return quantity == null ? 1 : Math.max(min, Math.min(MAX_QUANTITY, quantity));
    }
}
