package io.custmgr.company.service;

import io.custmgr.company.domain.CompanyAddress;

import java.util.List;

/**
 * The addresses of companies and their business units (bean {@code cmCompanyAddressService}), kept by the merchant and
 * offered to the members at checkout. Every method runs in a transaction of {@code blTransactionManager}; a refusal
 * throws {@link InvalidCompanyException} (a message key per field) and changes nothing.
 */
public interface CompanyAddressService {

    /** @return the company's addresses, its own first, then by unit and name; one statement */
    List<CompanyAddress> findAddresses(long companyId);

    /**
     * Adds an address to the company, or to one of its units ({@code address.getUnitId()}).
     *
     * @throws InvalidCompanyException per field: name, addressLine1, postalCode, city (REQUIRED, TOO_LONG), country
     *         (UNKNOWN_COUNTRY), phone (TOO_LONG), kind (UNKNOWN_KIND), unitId (UNKNOWN_UNIT); NOT_FOUND
     */
    CompanyAddress addAddress(long companyId, CompanyAddress address);

    /** @return false when the company has no such address */
    boolean removeAddress(long companyId, long addressId);

    /**
     * @return the shipping addresses checkout offers the customer: its company's own and its units', while the
     *         company is active and the member may place orders; empty for anyone else
     */
    List<CompanyAddress> findCheckoutAddresses(long customerId);
}
