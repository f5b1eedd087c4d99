package io.custmgr.address.domain;

import org.broadleafcommerce.common.presentation.AdminPresentation;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * What the module keeps on each customer address ({@code BLC_CUSTOMER_ADDRESS}, {@code CM_} columns): whether it is
 * the customer's default billing or shipping address, and its country-formatted text for the admin's grid.
 *
 * <p>Only {@code cmCustomerAddressBook} writes these values (the admin's collection editor hands the merchant's choice
 * to it), so a customer never has two defaults of a kind. Rows written by other code (no flag set)
 * are read as if the oldest address were the default.
 */
@Embeddable
public class AddressDefaults implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FORMATTED_LENGTH = 1000;
    static final String GROUP = "AddressDefaults_Group";

    @Column(name = "CM_DEFAULT_BILLING")
    @AdminPresentation(friendlyName = "AddressDefaults_DefaultBilling", group = GROUP, groupOrder = 50, order = 10,
            prominent = true, gridOrder = 3)
    protected Boolean defaultBilling = Boolean.FALSE;

    @Column(name = "CM_DEFAULT_SHIPPING")
    @AdminPresentation(friendlyName = "AddressDefaults_DefaultShipping", group = GROUP, groupOrder = 50, order = 20,
            prominent = true, gridOrder = 4)
    protected Boolean defaultShipping = Boolean.FALSE;

    /** The address as {@code cmAddressFormatter} renders it, lines joined by " / "; refreshed on every change. */
    @Column(name = "CM_FORMATTED", length = FORMATTED_LENGTH)
    @AdminPresentation(friendlyName = "AddressDefaults_Formatted", group = GROUP, groupOrder = 50, order = 30,
            prominent = true, gridOrder = 2, readOnly = true)
    protected String formatted;

    public boolean isDefaultBilling() {
        return Boolean.TRUE.equals(defaultBilling);
    }

    public void setDefaultBilling(boolean defaultBilling) {
        this.defaultBilling = defaultBilling;
    }

    public boolean isDefaultShipping() {
        return Boolean.TRUE.equals(defaultShipping);
    }

    public void setDefaultShipping(boolean defaultShipping) {
        this.defaultShipping = defaultShipping;
    }

    public String getFormatted() {
        return formatted;
    }

    public void setFormatted(String formatted) {
        this.formatted = formatted;
    }
}
