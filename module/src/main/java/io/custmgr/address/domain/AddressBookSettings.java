package io.custmgr.address.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * The customer's address book switch, embedded into {@code BLC_CUSTOMER} through {@link AddressBookCustomerTemplate}:
 * when on, the default shipping address is always the default billing address.
 */
@Embeddable
public class AddressBookSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "CM_SHIP_SAME_AS_BILLING")
    @AdminPresentation(friendlyName = "AddressBookSettings_ShippingSameAsBilling", order = 900,
            tab = "CustomerImpl_Contact_Tab", tabOrder = 2000)
    protected Boolean shippingSameAsBilling = Boolean.FALSE;

    public boolean isShippingSameAsBilling() {
        return Boolean.TRUE.equals(shippingSameAsBilling);
    }

    public void setShippingSameAsBilling(boolean shippingSameAsBilling) {
        this.shippingSameAsBilling = shippingSameAsBilling;
    }
}
