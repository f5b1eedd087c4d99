package io.custmgr.sample.web.account;

import io.custmgr.address.service.AddressInput;
import io.custmgr.address.service.AddressInputValidator;
import io.custmgr.address.service.AddressNotFoundException;
import io.custmgr.address.service.CustomerAddressBook;
import io.custmgr.address.service.InvalidAddressException;
import io.custmgr.common.validation.TextLengths;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map.Entry;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * The shopper's address book on the account page: add, edit, delete, defaults, "shipping same as billing". Every
 * change goes through {@code cmCustomerAddressBook} with the signed-in customer's id, so an id of someone else's
 * address answers "not found". Spring Security guards /account/**; forms carry Broadleaf's CSRF token.
 */
@Controller
@RequestMapping("/account/addresses")
class AddressBookController {

    static final String FORM = "addressForm";
    static final String FORM_VIEW = "account/addressForm";
    static final String NOT_FOUND_VIEW = "errors/notFound";
    static final String BACK = "redirect:/account#addresses";
    static final String MESSAGE = "addressBookMessage";

    private static final String[] FIELDS = {"addressName", "firstName", "lastName", "companyName", "addressLine1",
        "addressLine2", "city", "state", "postalCode", "country", "phone"};

    @Resource(name = "cmCustomerAddressBook")
    private CustomerAddressBook addressBook;

    @Resource(name = "cmAddressInputValidator")
    private AddressInputValidator validator;

    @Resource(name = "blCountryService")
    private CountryService countryService;

    @ModelAttribute("countries")
    List<Country> countries() {
        return countryService.findCountries();
    }

    @InitBinder(FORM)
    void limitBinding(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS);
    }

    @RequestMapping(value = "/new", method = RequestMethod.GET)
    String newAddress(Model model) {
        AddressInput form = new AddressInput();
        form.setCountry("US");
        model.addAttribute(FORM, form);
        return FORM_VIEW;
    }

    @RequestMapping(value = "/new", method = RequestMethod.POST)
    String add(@ModelAttribute(FORM) AddressInput form, BindingResult errors, RedirectAttributes redirect) {
        try {
            addressBook.add(customerId(), form);
        } catch (InvalidAddressException e) {
            return refused(e, errors);
        }
        redirect.addFlashAttribute(MESSAGE, "added");
        return BACK;
    }

    @RequestMapping(value = "/{id}/edit", method = RequestMethod.GET)
    String edit(@PathVariable("id") Long id, Model model) {
        model.addAttribute(FORM, addressBook.findInput(customerId(), id));
        model.addAttribute("addressId", id);
        return FORM_VIEW;
    }

    @RequestMapping(value = "/{id}/edit", method = RequestMethod.POST)
    String update(@PathVariable("id") Long id, @ModelAttribute(FORM) AddressInput form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        try {
            addressBook.update(customerId(), id, form);
        } catch (InvalidAddressException e) {
            model.addAttribute("addressId", id);
            return refused(e, errors);
        }
        redirect.addFlashAttribute(MESSAGE, "updated");
        return BACK;
    }

    @RequestMapping(value = "/{id}/delete", method = RequestMethod.POST)
    String delete(@PathVariable("id") Long id, RedirectAttributes redirect) {
        addressBook.delete(customerId(), id);
        redirect.addFlashAttribute(MESSAGE, "deleted");
        return BACK;
    }

    @RequestMapping(value = "/{id}/default-billing", method = RequestMethod.POST)
    String defaultBilling(@PathVariable("id") Long id, RedirectAttributes redirect) {
        addressBook.chooseDefaultBilling(customerId(), id);
        redirect.addFlashAttribute(MESSAGE, "defaultsChanged");
        return BACK;
    }

    @RequestMapping(value = "/{id}/default-shipping", method = RequestMethod.POST)
    String defaultShipping(@PathVariable("id") Long id, RedirectAttributes redirect) {
        addressBook.chooseDefaultShipping(customerId(), id);
        redirect.addFlashAttribute(MESSAGE, "defaultsChanged");
        return BACK;
    }

    @RequestMapping(value = "/same-as-billing", method = RequestMethod.POST)
    String sameAsBilling(@RequestParam(value = "on", defaultValue = "false") boolean on,
            RedirectAttributes redirect) {
        addressBook.setShippingSameAsBilling(customerId(), on);
        redirect.addFlashAttribute(MESSAGE, "defaultsChanged");
        return BACK;
    }

    /** Unknown and other customers' ids look the same: not found. */
    @ExceptionHandler(AddressNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return NOT_FOUND_VIEW;
    }

    private String refused(InvalidAddressException e, BindingResult errors) {
        for (Entry<String, String> error : e.getFieldErrors().entrySet()) {
            if (TextLengths.TOO_LONG.equals(error.getValue())) {
                TextLengths.reject(errors, error.getKey(), validator.maxLength(error.getKey()));
            } else {
                errors.rejectValue(error.getKey(), "address." + error.getValue(), error.getValue());
            }
        }
        return FORM_VIEW;
    }

    private static Long customerId() {
        return CustomerState.getCustomer().getId();
    }
}
