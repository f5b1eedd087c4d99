package io.custmgr.admin.web.company;

import io.custmgr.admin.security.AdminCsrf;
import io.custmgr.admin.security.AdminPermissions;
import io.custmgr.company.domain.CompanyAddressImpl;
import io.custmgr.company.service.CompanyAddressService;
import io.custmgr.company.service.InvalidCompanyException;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The Addresses tab's changes: an address of the company or of one of its units added (refusals by field, what was
 * typed kept) or removed. "Manage Companies" and the admin's CSRF token; in the company's audit trail.
 */
@Controller("cmCompanyAddressesController")
@RequestMapping("/" + CompaniesController.SECTION_KEY + "/{id}/addresses")
public class CompanyAddressesController extends AdminAbstractController {

    @Resource(name = "cmCompanyAddressService")
    protected CompanyAddressService addresses;

    @Resource(name = "cmAdminPermissions")
    protected AdminPermissions permissions;

    @Resource(name = "cmAdminCsrf")
    protected AdminCsrf csrf;

    @RequestMapping(method = RequestMethod.POST)
    public String add(HttpServletRequest request, @PathVariable("id") long id, RedirectAttributes redirect,
            @RequestParam(value = "name", required = false) String name,
            @RequestParam(value = "kind", required = false) String kind,
            @RequestParam(value = "unitId", required = false) Long unitId,
            @RequestParam(value = "addressLine1", required = false) String addressLine1,
            @RequestParam(value = "postalCode", required = false) String postalCode,
            @RequestParam(value = "city", required = false) String city,
            @RequestParam(value = "country", required = false) String country,
            @RequestParam(value = "phone", required = false) String phone) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        CompanyAddressImpl typed = new CompanyAddressImpl();
        typed.setName(name);
        typed.setKind(kind);
        typed.setUnitId(unitId);
        typed.setAddressLine1(addressLine1);
        typed.setPostalCode(postalCode);
        typed.setCity(city);
        typed.setCountry(country);
        typed.setPhone(phone);
        try {
            addresses.addAddress(id, typed);
            redirect.addFlashAttribute("saved", "Companies_AddressAdded");
        } catch (InvalidCompanyException e) {
            redirect.addFlashAttribute("addressErrors", e.getErrors());
            redirect.addFlashAttribute("addressTyped", typed);
        }
        return "redirect:/" + CompaniesController.SECTION_KEY + "/" + id + "?tab=addresses";
    }

    @RequestMapping(value = "/{addressId}/remove", method = RequestMethod.POST)
    public String remove(HttpServletRequest request, @PathVariable("id") long id,
            @PathVariable("addressId") long addressId, RedirectAttributes redirect) throws ServiceException {
        permissions.checkHolds(AdminPermissions.MANAGE_COMPANIES);
        csrf.check(request);
        redirect.addFlashAttribute("saved", addresses.removeAddress(id, addressId) ? "Companies_AddressRemoved"
                : "Companies_AddressGone");
        return "redirect:/" + CompaniesController.SECTION_KEY + "/" + id + "?tab=addresses";
    }
}
