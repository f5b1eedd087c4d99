package io.custmgr.host.domain;

import org.broadleafcommerce.profile.core.domain.CustomerImpl;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/**
 * An integrator's customer subclass as Broadleaf documents it: JOINED to {@code BLC_CUSTOMER} through its own table,
 * registered under Broadleaf's {@code Customer} entity bean id by the host's entity context.
 */
@Entity
@Table(name = "HOST_CUSTOMER")
public class HostCustomerImpl extends CustomerImpl implements HostCustomer {

    private static final long serialVersionUID = 1L;

    @Column(name = "LOYALTY_NUMBER", length = 40)
    protected String loyaltyNumber;

    @Override
    public String getLoyaltyNumber() {
        return loyaltyNumber;
    }

    @Override
    public void setLoyaltyNumber(String loyaltyNumber) {
        this.loyaltyNumber = loyaltyNumber;
    }
}
