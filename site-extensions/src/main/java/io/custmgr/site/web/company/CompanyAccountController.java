package io.custmgr.site.web.company;

import io.custmgr.common.mailedlink.service.MailedLinkRefusedException;
import io.custmgr.common.web.PrivateResponses;
import io.custmgr.common.web.RequestOrigins;
import io.custmgr.company.domain.BusinessUnitImpl;
import io.custmgr.company.domain.CompanyRoleImpl;
import io.custmgr.company.service.CompanyDraft;
import io.custmgr.company.service.CompanyMemberService;
import io.custmgr.company.service.CompanyOrderService;
import io.custmgr.company.service.CompanyService;
import io.custmgr.company.service.InvalidCompanyException;
import io.custmgr.company.service.Membership;
import io.custmgr.company.type.CompanyPermission;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * "Company account" for the signed-in shopper (the host secures {@code /account} like its account pages):
 * {@value #PATH} renders the host's view {@value #VIEW} with {@code membership} (and the names of its {@code roles}
 * and {@code units}) when the customer belongs to a company, else {@code latestRequest} (pending or rejected, with the
 * merchant's reason) and the request form {@code draft}; its POST (the storefront's CSRF token) sends a request, and
 * answers a refusal with {@code errors} (message key by field) and the typed values kept. A member who may manage
 * members also gets {@code members} and invites by e-mail ({@value #INVITE_PATH}: refusals as {@code inviteErrors});
 * the mailed link ({@value #JOIN_PATH}{@code ?token=}) lets the invitee join, signed in, or sets {@code joinError}.
 * Every member gets {@code companyOrders} (the newest the roles allow, with who placed each) and
 * {@code companyOrderCount}.
 */
@Controller
public class CompanyAccountController {

    public static final String PATH = "/account/company";
    public static final String VIEW = "account/company";
    public static final String INVITE_PATH = PATH + "/invite";
    public static final String JOIN_PATH = PATH + "/join";

    @Resource(name = "cmCompanyService")
    protected CompanyService companies;

    @Resource(name = "cmCompanyMemberService")
    protected CompanyMemberService members;

    @Resource(name = "cmCompanyOrderService")
    protected CompanyOrderService orders;

    /** Newest company orders shown; the page says how many there are in all. */
    public static final int ORDERS_SHOWN = 25;

    @RequestMapping(value = PATH, method = { RequestMethod.GET, RequestMethod.HEAD })
    public String page(Model model, HttpServletResponse response) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            return "redirect:/login";
        }
        PrivateResponses.keepPrivate(response);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new CompanyDraft());
        }
        return render(customer.getId(), model);
    }

    @RequestMapping(value = PATH, method = RequestMethod.POST)
    public String request(@ModelAttribute("draft") CompanyDraft draft, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            return "redirect:/login";
        }
        try {
            companies.requestCompany(customer.getId(), draft);
        } catch (InvalidCompanyException e) {
            PrivateResponses.keepPrivate(response);
            response.setStatus(422);
            model.addAttribute("errors", e.getErrors());
            return render(customer.getId(), model);
        }
        redirect.addFlashAttribute("requested", Boolean.TRUE);
        return "redirect:" + PATH;
    }

    @RequestMapping(value = INVITE_PATH, method = RequestMethod.POST)
    public String invite(@RequestParam(value = "email", required = false) String email, HttpServletRequest request,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            return "redirect:/login";
        }
        try {
            members.invite(customer.getId(), email, RequestOrigins.origin(request) + request.getContextPath()
                    + JOIN_PATH);
        } catch (InvalidCompanyException e) {
            PrivateResponses.keepPrivate(response);
            response.setStatus(422);
            model.addAttribute("draft", new CompanyDraft());
            model.addAttribute("inviteErrors", e.getErrors());
            model.addAttribute("inviteTyped", email);
            return render(customer.getId(), model);
        }
        redirect.addFlashAttribute("invited", email.trim());
        return "redirect:" + PATH;
    }

    /** The mailed invitation's link: the signed-in customer it was mailed to joins. */
    @RequestMapping(value = JOIN_PATH, method = RequestMethod.GET)
    public String join(@RequestParam(value = "token", required = false) String token, RedirectAttributes redirect,
            HttpServletResponse response) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            return "redirect:/login";
        }
        PrivateResponses.keepPrivate(response);
        try {
            Membership joined = members.acceptInvitation(token, customer.getId());
            redirect.addFlashAttribute("joined", joined.getCompany().getName());
        } catch (MailedLinkRefusedException e) {
            redirect.addFlashAttribute("joinError", e.getCode());
        }
        return "redirect:" + PATH;
    }

    @RequestMapping(value = PATH + "/members/{memberId}/remove", method = RequestMethod.POST)
    public String remove(@PathVariable("memberId") long memberId, RedirectAttributes redirect) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            return "redirect:/login";
        }
        try {
            members.removeMember(customer.getId(), memberId);
            redirect.addFlashAttribute("removed", Boolean.TRUE);
        } catch (InvalidCompanyException e) {
            redirect.addFlashAttribute("removeError", e.getErrors().values().iterator().next());
        }
        return "redirect:" + PATH;
    }

    /** An administrator changes a member's roles and units (checkboxes {@code roles} and {@code units}). */
    @RequestMapping(value = PATH + "/members/{memberId}", method = RequestMethod.POST)
    public String change(@PathVariable("memberId") long memberId,
            @RequestParam(value = "roles", required = false) List<Long> roleIds,
            @RequestParam(value = "units", required = false) List<Long> unitIds, RedirectAttributes redirect) {
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isLoggedIn() || customer.getId() == null) {
            return "redirect:/login";
        }
        try {
            members.changeMember(customer.getId(), memberId,
                    unitIds == null ? Collections.<Long>emptyList() : unitIds, roleIds);
            redirect.addFlashAttribute("changed", Boolean.TRUE);
        } catch (InvalidCompanyException e) {
            redirect.addFlashAttribute("changeError", e.getErrors().values().iterator().next());
            redirect.addFlashAttribute("changeErrorFor", memberId);
        }
        return "redirect:" + PATH;
    }

    private String render(long customerId, Model model) {
        Membership membership = members.findMembership(customerId);
        model.addAttribute("membership", membership);
        if (membership != null && membership.may(CompanyPermission.MANAGE_MEMBERS)) {
            model.addAttribute("members", members.findMembers(membership.getCompany().getId()));
            model.addAttribute("companyRoles", companies.findRoles(membership.getCompany().getId()));
            model.addAttribute("companyUnits", companies.findUnits(membership.getCompany().getId()));
        }
        if (membership != null) {
            List<String> roles = new ArrayList<String>();
            for (CompanyRoleImpl role : companies.findRoles(membership.getCompany().getId())) {
                if (membership.getRoleIds().contains(role.getId())) {
                    roles.add(role.getName());
                }
            }
            List<String> units = new ArrayList<String>();
            for (BusinessUnitImpl unit : companies.findUnits(membership.getCompany().getId())) {
                if (membership.getUnitIds().contains(unit.getId())) {
                    units.add(unit.getName());
                }
            }
            model.addAttribute("roles", roles);
            model.addAttribute("units", units);
            model.addAttribute("companyOrders", orders.findOrders(membership, 0, ORDERS_SHOWN));
            model.addAttribute("companyOrderCount", orders.countOrders(membership));
        } else {
            model.addAttribute("latestRequest", companies.findLatestRequest(customerId));
        }
        return VIEW;
    }
}
