package io.custmgr.group.domain;

import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationOperationTypes;
import org.broadleafcommerce.common.presentation.client.AddMethodType;
import org.broadleafcommerce.common.presentation.client.OperationType;
import org.hibernate.annotations.BatchSize;

import java.util.HashSet;
import java.util.Set;

import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;

/**
 * Template copied into {@code org.broadleafcommerce.profile.core.domain.CustomerImpl} by the module's class
 * transformer. Shown on the admin's customer form as a list of groups with a lookup to add more, the way Broadleaf
 * shows an admin user's roles. Never instantiated.
 */
public class GroupedCustomerTemplate implements GroupedCustomer {

    // No second-level cache: the admin's lookup writes the same rows through CustomerGroupImpl.members.
    @ManyToMany(fetch = FetchType.LAZY, targetEntity = CustomerGroupImpl.class)
    @JoinTable(name = CustomerGroupImpl.MEMBER_TABLE,
            joinColumns = @JoinColumn(name = "CUSTOMER_ID", referencedColumnName = "CUSTOMER_ID"),
            inverseJoinColumns = @JoinColumn(name = "CUSTOMER_GROUP_ID", referencedColumnName = "CUSTOMER_GROUP_ID"))
    @BatchSize(size = 50)
    @AdminPresentationCollection(friendlyName = "CustomerGroups_Title", order = 500, addType = AddMethodType.LOOKUP,
            manyToField = "members",
            operationTypes = @AdminPresentationOperationTypes(removeType = OperationType.NONDESTRUCTIVEREMOVE))
    protected Set<CustomerGroup> customerGroups = new HashSet<CustomerGroup>();

    @Override
    public Set<CustomerGroup> getCustomerGroups() {
        if (customerGroups == null) {
            customerGroups = new HashSet<CustomerGroup>();
        }
        return customerGroups;
    }

    @Override
    public void setCustomerGroups(Set<CustomerGroup> groups) {
        this.customerGroups = groups;
    }
}
