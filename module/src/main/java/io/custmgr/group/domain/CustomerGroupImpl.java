package io.custmgr.group.domain;

import io.custmgr.audit.domain.AdminAudited;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.HashSet;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;

@Entity
@AdminAudited(section = "Customer Groups")
@Table(name = CustomerGroupImpl.TABLE) // unique index on NAME_KEY: see CustomerGroupSchema
@AdminPresentationClass(friendlyName = "CustomerGroup")
public class CustomerGroupImpl implements CustomerGroup, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    public static final String TABLE = "CM_CUSTOMER_GROUP";
    public static final String MEMBER_TABLE = "CM_CUSTOMER_GROUP_MEMBER";

    @Id
    @GeneratedValue(generator = "CustomerGroupId")
    @GenericGenerator(name = "CustomerGroupId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CustomerGroupImpl"),
                    @Parameter(name = "entity_name", value = "io.custmgr.group.domain.CustomerGroupImpl")})
    @Column(name = "CUSTOMER_GROUP_ID")
    @AdminPresentation(friendlyName = "CustomerGroup_Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", length = NAME_LENGTH, nullable = false)
    @AdminPresentation(friendlyName = "CustomerGroup_Name", order = 100, prominent = true, gridOrder = 100,
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "cmCustomerGroupNameValidator"))
    protected String name;

    /** The name without surrounding spaces, lower case: what the unique constraint holds. */
    @Column(name = "NAME_KEY", length = NAME_LENGTH, nullable = false)
    @AdminPresentation(excluded = true)
    protected String nameKey;

    @Column(name = "DESCRIPTION", length = DESCRIPTION_LENGTH)
    @AdminPresentation(friendlyName = "CustomerGroup_Description", order = 200, prominent = true, gridOrder = 200,
            largeEntry = true)
    protected String description;

    /** Shown in the admin's group list, so a merchant sees whom a delete affects; one subquery, not one per row. */
    @Formula("(SELECT COUNT(*) FROM " + MEMBER_TABLE + " m WHERE m.CUSTOMER_GROUP_ID = CUSTOMER_GROUP_ID)")
    @AdminPresentation(friendlyName = "CustomerGroup_Members", order = 300, prominent = true, gridOrder = 300,
            readOnly = true, visibility = VisibilityEnum.FORM_HIDDEN)
    protected Long memberCount;

    /**
     * The other side of {@code GroupedCustomer.getCustomerGroups()} on the same join table, as Broadleaf maps admin
     * users and roles: the admin's group lookup on the customer form adds the customer here. Code uses the service.
     */
    @ManyToMany(fetch = FetchType.LAZY, targetEntity = CustomerImpl.class)
    @JoinTable(name = MEMBER_TABLE,
            joinColumns = @JoinColumn(name = "CUSTOMER_GROUP_ID", referencedColumnName = "CUSTOMER_GROUP_ID"),
            inverseJoinColumns = @JoinColumn(name = "CUSTOMER_ID", referencedColumnName = "CUSTOMER_ID"))
    protected Set<Customer> members = new HashSet<Customer>();

    @PrePersist
    @PreUpdate
    protected void normalizeName() {
        // the admin sets fields directly, not through the setter
        name = CustomerGroupNames.clean(name);
        nameKey = CustomerGroupNames.key(name);
    }

    @Override public Long getId() { return id; }
    @Override public void setId(Long id) { this.id = id; }
    @Override public String getName() { return name; }

    @Override
    public void setName(String name) {
        this.name = CustomerGroupNames.clean(name);
        this.nameKey = CustomerGroupNames.key(name);
    }

    @Override public String getDescription() { return description; }
    @Override public void setDescription(String description) { this.description = description; }

    @Override
    public String getMainEntityName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CustomerGroup) || id == null) {
            return false;
        }
        return id.equals(((CustomerGroup) other).getId());
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
