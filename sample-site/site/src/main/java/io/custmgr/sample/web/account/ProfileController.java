package io.custmgr.sample.web.account;

import io.custmgr.assist.service.CurrentAssistance;
import io.custmgr.common.validation.ColumnLimits;
import io.custmgr.common.web.RequestOrigins;
import io.custmgr.customer.account.service.EmailChangeService;
import io.custmgr.customer.account.service.InvalidEmailChangeException;
import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.service.CustomerProfileService;
import io.custmgr.customer.profile.type.Gender;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.text.SimpleDateFormat;
import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * "My profile" (/account/profile, signed in): the shopper edits their own name, phone, fax, company, date of birth,
 * gender, newsletter opt-in and whether the store's staff may sign in as them to help (remote shopping assistance), and asks to sign in with another e-mail address, which changes only once the link mailed to it is followed.
 */
@Controller
@RequestMapping("/account")
class ProfileController {

    static final String VIEW = "account/profile";
    static final String PROFILE = "profileForm";
    static final String EMAIL = "emailChangeForm";

    @Resource(name = "blCustomerService")
    private CustomerService customerService;

    @Resource(name = "cmCustomerProfileService")
    private CustomerProfileService profileService;

    @Resource(name = "cmColumnLimits")
    private ColumnLimits columnLimits;

    @Resource(name = "cmEmailChangeService")
    private EmailChangeService emailChangeService;

    @InitBinder(PROFILE)
    void limitProfileBinding(WebDataBinder binder) {
        binder.setAllowedFields("firstName", "lastName", "phone", "fax", "newsletterOptIn", "assistanceAllowed",
                "company", "dateOfBirth", "gender");
    }

    @InitBinder(EMAIL)
    void limitEmailBinding(WebDataBinder binder) {
        binder.setAllowedFields("newEmail");
    }

    @RequestMapping(value = "/profile", method = { RequestMethod.GET, RequestMethod.HEAD })
    String show(Model model) {
        Customer customer = CustomerState.getCustomer();
        model.addAttribute(PROFILE, formOf(customer));
        model.addAttribute(EMAIL, new EmailChangeForm());
        return page(model, customer);
    }

    @RequestMapping(value = "/profile", method = RequestMethod.POST)
    String save(@ModelAttribute(PROFILE) ProfileForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Customer customer = customerService.readCustomerById(CustomerState.getCustomer().getId());
        ProfileFormValidator.validate(form, errors, profileService, columnLimits);
        if (errors.hasErrors()) {
            model.addAttribute(EMAIL, new EmailChangeForm());
            return page(model, customer);
        }
        customer.setFirstName(form.getFirstName().trim());
        customer.setLastName(form.getLastName().trim());
        CustomerProfile profile = profileService.findProfile(customer);
        profile.setPhone(blankToNull(form.getPhone()));
        profile.setFax(blankToNull(form.getFax()));
        profile.setNewsletterOptIn(form.isNewsletterOptIn());
        if (CurrentAssistance.get() == null) {
            profile.setAssistanceAllowed(form.isAssistanceAllowed()); // the customer's own consent, not the assistant's
        }
        profile.setCompany(blankToNull(form.getCompany()));
        profile.setDateOfBirth(ProfileFormValidator.parseDate(form.getDateOfBirth()));
        profile.setGender(Gender.getInstance(blankToNull(form.getGender())));
        CustomerState.setCustomer(customerService.saveCustomer(customer, false));
        redirect.addFlashAttribute("profileSaved", true);
        return "redirect:/account/profile";
    }

    @RequestMapping(value = "/email", method = RequestMethod.POST)
    String requestEmailChange(@ModelAttribute(EMAIL) EmailChangeForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Customer customer = CustomerState.getCustomer();
        try {
            String email = emailChangeService.requestChange(customer, form.getNewEmail(),
                    RequestOrigins.origin(request) + request.getContextPath() + EmailChangeService.CONFIRM_PATH);
            redirect.addFlashAttribute("emailChangeSent", email);
            return "redirect:/account/profile";
        } catch (InvalidEmailChangeException e) {
            errors.rejectValue("newEmail", e.getReason(), "Not accepted");
            model.addAttribute(PROFILE, formOf(customer));
            return page(model, customer);
        }
    }

    private String page(Model model, Customer customer) {
        model.addAttribute("genders", Gender.all());
        model.addAttribute("currentEmail", customer.getEmailAddress());
        return VIEW;
    }

    private ProfileForm formOf(Customer customer) {
        CustomerProfile profile = profileService.findProfile(customer);
        ProfileForm form = new ProfileForm();
        form.setFirstName(customer.getFirstName());
        form.setLastName(customer.getLastName());
        form.setPhone(profile.getPhone());
        form.setFax(profile.getFax());
        form.setNewsletterOptIn(profile.isNewsletterOptIn());
        form.setAssistanceAllowed(profile.isAssistanceAllowed());
        form.setCompany(profile.getCompany());
        form.setDateOfBirth(profile.getDateOfBirth() == null ? ""
                : new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(profile.getDateOfBirth()));
        form.setGender(profile.getGender() == null ? "" : profile.getGender().getType());
        return form;
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }
}
