package io.custmgr.sample.web.checkout;

import io.custmgr.customer.confirmation.service.RegistrationConfirmationService;
import io.custmgr.address.service.CustomerAddressBook;
import io.custmgr.company.domain.CompanyAddress;
import io.custmgr.company.service.CompanyAddressService;
import io.custmgr.common.validation.ColumnLimits;
import io.custmgr.guest.service.GuestContact;
import io.custmgr.guest.service.GuestProfileService;
import io.custmgr.rewards.checkout.RewardPointsCheckout;
import io.custmgr.rewards.service.InvalidPointsChangeException;
import io.custmgr.rewards.service.RewardPointsService;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutController;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

/**
 * One-page checkout with cash on delivery through Broadleaf's pass-through payment and checkout workflow. A shopper
 * without an account checks out as a guest: the order goes to the guest profile of the e-mail typed here.
 */
@Controller
class CheckoutController extends BroadleafCheckoutController {

    static final String FORM = "checkoutForm";
    static final String VIEW = "checkout/checkout";
    static final String CONFIRMATION_VIEW = "checkout/confirmation";
    /** The order number this session just placed: the only one its confirmation page shows. */
    static final String PLACED_ORDER = "custmgr.sample.placedOrder";

    @Resource(name = "cmGuestProfileService")
    private GuestProfileService guestProfileService;

    @Resource(name = "blEntityConfiguration")
    private EntityConfiguration entityConfiguration;

    @Resource(name = "blCountryService")
    private CountryService countryService;

    @Resource(name = "cmColumnLimits")
    private ColumnLimits columnLimits;

    @Resource(name = "cmCompanyAddressService")
    private CompanyAddressService companyAddresses;

    @Resource(name = "cmCustomerAddressBook")
    private CustomerAddressBook addressBook;

    @Resource(name = "cmRegistrationConfirmation")
    private RegistrationConfirmationService confirmation;

    @Resource(name = "cmRewardPointsCheckout")
    private RewardPointsCheckout rewardPoints;

    @Resource(name = "cmRewardPointsService")
    private RewardPointsService rewardPointsService;

    @ModelAttribute("countries")
    List<Country> countries() {
        return countryService.findCountries();
    }

    @InitBinder(FORM)
    void limitBinding(WebDataBinder binder) {
        binder.setAllowedFields("email", "firstName", "lastName", "phone", "addressLine1", "city", "postalCode",
                "country", "rewardPoints");
    }

    @ModelAttribute(FORM)
    CheckoutForm form() {
        CheckoutForm form = new CheckoutForm();
        Customer customer = CustomerState.getCustomer();
        if (customer != null && customer.isLoggedIn()) {
            form.setEmail(customer.getEmailAddress());
            form.setFirstName(customer.getFirstName());
            form.setLastName(customer.getLastName());
            prefillShipping(form, addressBook.findDefaultShipping(customer.getId()));
        }
        return form;
    }

    /**
     * The page; a member of a company account also gets the company's and its units' shipping addresses
     * ({@code companyAddresses}), and {@code ?companyAddress=id} fills the address fields with one of them.
     */
    @RequestMapping(value = "/checkout", method = { RequestMethod.GET, RequestMethod.HEAD })
    String show(Model model, @ModelAttribute(FORM) CheckoutForm form,
            @RequestParam(value = "companyAddress", required = false) Long companyAddressId) {
        if (emptyCart()) {
            return "redirect:/cart";
        }
        if (signedIn()) {
            List<CompanyAddress> offered = companyAddresses.findCheckoutAddresses(
                    CustomerState.getCustomer().getId());
            model.addAttribute("companyAddresses", offered);
            for (CompanyAddress address : offered) {
                if (address.getId().equals(companyAddressId)) {
                    form.setAddressLine1(address.getAddressLine1());
                    form.setCity(address.getCity());
                    form.setPostalCode(address.getPostalCode());
                    form.setCountry(address.getCountry());
                    form.setPhone(address.getPhone() == null ? form.getPhone() : address.getPhone());
                    model.addAttribute("companyAddressUsed", address.getName());
                }
            }
        }
        model.addAttribute("signedIn", signedIn());
        model.addAttribute("confirmationPending", confirmationPending());
        addPoints(model);
        return VIEW;
    }

    @RequestMapping(value = "/checkout", method = RequestMethod.POST)
    String placeOrder(@ModelAttribute(FORM) CheckoutForm form, BindingResult errors, Model model,
            RedirectAttributes redirectAttributes, HttpSession session) throws Exception {
        if (emptyCart()) {
            return "redirect:/cart";
        }
        if (signedIn()) {
            form.setEmail(CustomerState.getCustomer().getEmailAddress()); // an account orders under its own e-mail
        }
        CheckoutFormValidator.validate(form, errors, columnLimits);
        Country country = form.getCountry() == null || errors.hasFieldErrors("country") ? null
                : countryService.findCountryByAbbreviation(form.getCountry());
        if (country == null && !errors.hasFieldErrors("country")) {
            errors.rejectValue("country", "checkout.required", "Required");
        }
        boolean pending = confirmationPending();
        Order cart = CartState.getCart();
        if (!errors.hasErrors() && !pending && signedIn()) {
            try {
                cart = rewardPoints.applyPoints(cart, CustomerState.getCustomer().getId(), form.getRewardPoints());
                CartState.setCart(cart);
            } catch (InvalidPointsChangeException e) {
                for (String code : e.getErrors().values()) {
                    errors.rejectValue("rewardPoints", "checkout.points.error." + code,
                            new Object[] {rewardPointsService.getSettings().getRedeemMinPoints()}, code);
                }
            }
        }
        if (errors.hasErrors() || pending) {
            model.addAttribute("signedIn", signedIn());
            model.addAttribute("confirmationPending", pending);
            addPoints(model);
            return VIEW;
        }
        if (signedIn()) {
            cart.setEmailAddress(form.getEmail());
        } else {
            guestProfileService.attachOrder(cart, new GuestContact(form.getEmail())
                    .name(form.getFirstName(), form.getLastName()).phone(form.getPhone())
                    .address(address(form, country)));
        }
        for (FulfillmentGroup group : cart.getFulfillmentGroups()) {
            group.setAddress(address(form, country)); // the order's own copy: later profile edits never touch it
        }
        cart = orderService.save(cart, false);
        CartState.setCart(cart);
        String view = processPassthroughCheckout(redirectAttributes, PaymentType.COD);
        Order placed = orderService.findOrderById(cart.getId());
        if (placed != null && placed.getOrderNumber() != null) {
            session.setAttribute(PLACED_ORDER, placed.getOrderNumber());
        }
        return view;
    }

    @RequestMapping(value = "/confirmation/{orderNumber}", method = { RequestMethod.GET, RequestMethod.HEAD })
    String confirmation(@PathVariable("orderNumber") String orderNumber, Model model, HttpSession session) {
        if (!orderNumber.equals(session.getAttribute(PLACED_ORDER))) {
            return "redirect:/";
        }
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        model.addAttribute("order", order);
        int points = order == null ? 0 : rewardPoints.pointsOn(order);
        if (points > 0) {
            model.addAttribute("pointsUsed", points);
            model.addAttribute("pointsValue", rewardPoints.valueOf(points));
            model.addAttribute("toPay", order.getTotal().getAmount().subtract(rewardPoints.valueOf(points)));
        }
        return CONFIRMATION_VIEW;
    }

    /** A signed-in shopper's spendable points and their rate, for the "Pay with reward points" field. */
    private void addPoints(Model model) {
        if (signedIn()) {
            model.addAttribute("pointsActive", rewardPointsService.findBalance(CustomerState.getCustomer().getId())
                    .getActive());
            model.addAttribute("pointsPerUnit", rewardPointsService.getSettings().getRedeemPointsPerUnit());
        }
    }

    /** An account that has to confirm its e-mail address before ordering (the checkout workflow refuses it too). */
    private boolean confirmationPending() {
        return signedIn() && !confirmation.mayCheckOut(CustomerState.getCustomer().getId());
    }

    /** A signed-in shopper starts from the address book's default shipping address. */
    private static void prefillShipping(CheckoutForm form, CustomerAddress shipping) {
        if (shipping == null) {
            return;
        }
        Address address = shipping.getAddress();
        form.setAddressLine1(address.getAddressLine1());
        form.setCity(address.getCity());
        form.setPostalCode(address.getPostalCode());
        form.setCountry(address.getCountry() == null ? null : address.getCountry().getAbbreviation());
    }

    private Address address(CheckoutForm form, Country country) {
        Address address = (Address) entityConfiguration.createEntityInstance(Address.class.getName());
        address.setCountry(country);
        address.setFirstName(form.getFirstName().trim());
        address.setLastName(form.getLastName().trim());
        address.setAddressLine1(form.getAddressLine1().trim());
        address.setCity(form.getCity().trim());
        address.setPostalCode(form.getPostalCode().trim());
        if (form.getPhone() != null && !form.getPhone().trim().isEmpty()) {
            address.setPrimaryPhone(form.getPhone().trim());
        }
        return address;
    }

    private static boolean emptyCart() {
        Order cart = CartState.getCart();
        return cart == null || cart instanceof NullOrderImpl || cart.getOrderItems() == null
                || cart.getOrderItems().isEmpty();
    }

    private static boolean signedIn() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isLoggedIn();
    }
}
