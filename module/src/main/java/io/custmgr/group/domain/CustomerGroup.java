package io.custmgr.group.domain;

import java.io.Serializable;

/**
 * A named set of customers the merchant manages (table {@code CM_CUSTOMER_GROUP}), e.g. "Wholesale" or "Staff".
 * Names are unique regardless of case and surrounding spaces. Members are read and changed through
 * {@code CustomerGroupService} (set-based), or per customer through {@link GroupedCustomer}.
 */
public interface CustomerGroup extends Serializable {

    int NAME_LENGTH = 100;
    int DESCRIPTION_LENGTH = 1000;

    Long getId();

    void setId(Long id);

    String getName();

    void setName(String name);

    String getDescription();

    void setDescription(String description);
}
