package io.custmgr.merge.domain;

import javax.persistence.Embedded;

/**
 * Template copied into {@code org.broadleafcommerce.profile.core.domain.CustomerImpl} by the module's class
 * transformer. Never instantiated.
 */
public class MergedCustomerTemplate implements MergedCustomer {

    @Embedded
    protected MergeMark mergeMark;

    @Override
    public MergeMark getMergeMark() {
        // Hibernate leaves an embedded value null when all its columns are null, i.e. for every customer not merged.
        if (mergeMark == null) {
            mergeMark = new MergeMark();
        }
        return mergeMark;
    }
}
