package io.custmgr.sample.seed;

import io.custmgr.customer.profile.domain.CustomerProfile;
import io.custmgr.customer.profile.domain.ProfiledCustomer;
import io.custmgr.group.domain.CustomerGroup;
import io.custmgr.group.service.CustomerGroupService;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo customer groups and who is in them, decided by a person's index so every run seeds the same: the demo
 * customer and every tenth registered person are VIPs (listed in the member directory), persons 1 to 3 are Staff
 * (library all-access and member directory), registered persons buying for a business are Wholesale. Every third
 * registered person opted in to the newsletter. Bot registrations ({@link DemoPerson#isShopper()} false) are in no
 * group. Groups that exist already (an earlier run) are reused.
 */
final class GroupSeeder {

    static final String WHOLESALE = "Wholesale";
    static final String VIP = "VIP";
    static final String STAFF = "Staff";

    private final CustomerGroupService groupService;
    private final Map<String, Long> groupIds = new LinkedHashMap<String, Long>();
    private final Map<String, List<Long>> pending = new LinkedHashMap<String, List<Long>>();

    GroupSeeder(CustomerGroupService groupService) {
        this.groupService = groupService;
    }

    /** Finds or creates the demo groups; in a transaction of its own, before the customers. */
    void ensureGroups() {
        ensureGroup(WHOLESALE, "Trade buyers: businesses buying for resale or their own use");
        ensureGroup(VIP, "Best customers, looked after personally");
        ensureGroup(STAFF, "The store's own people");
    }

    /** Sets the person's flags on the unsaved customer and notes its groups for {@link #flushMemberships()}. */
    void assign(int index, DemoPerson person, Customer customer) {
        if (!person.isRegistered() || !person.isShopper()) {
            return;
        }
        CustomerProfile profile = ((ProfiledCustomer) customer).getCustomerProfile();
        profile.setNewsletterOptIn(index % 3 == 0);
        profile.setAssistanceAllowed(index % 2 == 0); // the demo shopper (0) allows "Login as customer"
        if (index >= 1 && index <= 3) {
            profile.setLibraryAllAccess(true);
            profile.setMemberDirectory(true);
            pending(STAFF).add(customer.getId());
        }
        if (index % 10 == 0) {
            profile.setMemberDirectory(true);
            pending(VIP).add(customer.getId());
        }
        if (person.getCompany() != null) {
            pending(WHOLESALE).add(customer.getId());
        }
    }

    /** Writes the noted memberships set-based, in the current transaction (the customers must be saved). */
    void flushMemberships() {
        for (Map.Entry<String, List<Long>> group : pending.entrySet()) {
            groupService.addMembers(groupIds.get(group.getKey()), group.getValue());
        }
        pending.clear();
    }

    private List<Long> pending(String group) {
        List<Long> ids = pending.get(group);
        if (ids == null) {
            ids = new ArrayList<Long>();
            pending.put(group, ids);
        }
        return ids;
    }

    private void ensureGroup(String name, String description) {
        CustomerGroup group = groupService.findGroupByName(name);
        if (group == null) {
            group = groupService.createGroup();
            group.setName(name);
            group.setDescription(description);
            group = groupService.saveGroup(group);
        }
        groupIds.put(name, group.getId());
    }
}
