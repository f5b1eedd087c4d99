package io.custmgr.privacy.domain;

import javax.persistence.Embedded;

/**
 * Template copied into {@code org.broadleafcommerce.profile.core.domain.CustomerImpl} by the module's class
 * transformer. Never instantiated.
 */
public class ErasedCustomerTemplate implements ErasedCustomer {

    @Embedded
    protected ErasureMark erasureMark;

    @Override
    public ErasureMark getErasureMark() {
        // Hibernate leaves an embedded value null when all its columns are null, i.e. for every customer not erased.
        if (erasureMark == null) {
            erasureMark = new ErasureMark();
        }
        return erasureMark;
    }
}
